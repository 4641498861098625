package org.taplatform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The registry's demonstration data reads as real work: each title speaks of its TA subtype's subject and of no other
 * subtype's, statuses agree with the dates as of the file's date, money is reported only for work begun and paid no
 * more than committed, each donor funds a focused set of subtypes, and every evaluation is about a subject of the
 * activities it can be attached to.
 */
class DemoRegistryConsistencyTest {

    static final Path REGISTRY = Path.of(System.getProperty("ta.deploy.dir", "."), "demo", "registry");

    /** What the English title of an activity of each subtype speaks of. */
    static final Map<String, String> SUBJECT = Map.of(
            "TRAINING.LAW_ENFORCEMENT", "investigators",
            "TRAINING.JUSTICE_OFFICIALS", "prosecutors and judges",
            "LEGAL.DRAFTING", "legislation",
            "COOPERATION.CRIMINAL_MATTERS_TRAINING", "mutual legal assistance",
            "VICTIMS.IDENTIFICATION_PROTECTION", "victims of trafficking",
            "TRAINING.SOCIAL_SERVICES", "social service providers",
            "TRAINING.FIREARMS_MARKING", "firearms",
            "DATA.DATABASE", "database",
            "STRATEGY.NATIONAL_PLAN", "smuggling of migrants",
            "RESOURCES.EQUIPMENT", "equipment");
    /** Words that belong to one subtype's subject and would contradict any other's. */
    static final Map<String, List<String>> OWN_WORDS = Map.of(
            "TRAINING.FIREARMS_MARKING", List.of("firearm", "marking"),
            "VICTIMS.IDENTIFICATION_PROTECTION", List.of("victim"),
            "TRAINING.SOCIAL_SERVICES", List.of("victim", "social service"),
            "STRATEGY.NATIONAL_PLAN", List.of("migrant"));

    record Activity(String identifier, String reporter, String country, String title, String subtype, String status,
            LocalDate plannedStart,
            LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, String funder, BigDecimal committed,
            BigDecimal paid, int transactions) {
    }

    static List<Activity> activities(Document file) {
        List<Activity> activities = new ArrayList<>();
        NodeList list = file.getElementsByTagName("iati-activity");
        for (int i = 0; i < list.getLength(); i++) {
            Element a = (Element) list.item(i);
            Map<String, LocalDate> dates = new HashMap<>();
            NodeList dateElements = a.getElementsByTagName("activity-date");
            for (int d = 0; d < dateElements.getLength(); d++) {
                Element date = (Element) dateElements.item(d);
                dates.put(date.getAttribute("type"), LocalDate.parse(date.getAttribute("iso-date")));
            }
            String subtype = null;
            NodeList tags = a.getElementsByTagName("tag");
            for (int t = 0; t < tags.getLength(); t++) {
                Element tag = (Element) tags.item(t);
                if (tag.getAttribute("vocabulary-uri").endsWith("/ta-types")) {
                    subtype = tag.getAttribute("code");
                }
            }
            String funder = null;
            NodeList participants = a.getElementsByTagName("participating-org");
            for (int p = 0; p < participants.getLength(); p++) {
                Element participant = (Element) participants.item(p);
                if ("1".equals(participant.getAttribute("role"))) {
                    funder = participant.getAttribute("ref");
                }
            }
            BigDecimal committed = BigDecimal.ZERO;
            BigDecimal paid = BigDecimal.ZERO;
            NodeList transactions = a.getElementsByTagName("transaction");
            for (int t = 0; t < transactions.getLength(); t++) {
                Element transaction = (Element) transactions.item(t);
                String type = ((Element) transaction.getElementsByTagName("transaction-type").item(0))
                        .getAttribute("code");
                BigDecimal value = new BigDecimal(transaction.getElementsByTagName("value").item(0).getTextContent());
                if (type.equals("11") || type.equals("2")) {
                    committed = committed.add(value);
                } else if (type.equals("1") || type.equals("3")) {
                    paid = paid.add(value);
                }
            }
            String title = ((Element) a.getElementsByTagName("title").item(0)).getElementsByTagName("narrative").item(0)
                    .getTextContent();
            activities.add(new Activity(a.getElementsByTagName("iati-identifier").item(0).getTextContent(),
                    ((Element) a.getElementsByTagName("reporting-org").item(0)).getAttribute("ref"),
                    ((Element) a.getElementsByTagName("recipient-country").item(0)).getAttribute("code"), title,
                    subtype, ((Element) a.getElementsByTagName("activity-status").item(0)).getAttribute("code"),
                    dates.get("1"), dates.get("3"), dates.get("2"), dates.get("4"), funder, committed, paid,
                    transactions.getLength()));
        }
        return activities;
    }

    @Test
    void shouldHoldActivitiesWhoseTitlesStatusesDatesAndMoneyAgree() throws Exception {
        Document file = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(REGISTRY.resolve("activities.xml").toFile());
        LocalDate asOf = OffsetDateTime.parse(file.getDocumentElement().getAttribute("generated-datetime"))
                .toLocalDate();
        List<Activity> activities = activities(file);
        assertThat(activities).hasSize(300);
        Map<String, Set<String>> fundedSubtypes = new HashMap<>();
        for (Activity a : activities) {
            String title = a.title().toLowerCase(java.util.Locale.ROOT);
            assertThat(title).as(a.identifier() + " speaks of its subtype " + a.subtype())
                    .contains(SUBJECT.get(a.subtype()));
            OWN_WORDS.forEach((subtype, words) -> {
                if (!subtype.equals(a.subtype()) && !OWN_WORDS.getOrDefault(a.subtype(), List.of()).containsAll(words)) {
                    words.stream().filter(w -> !OWN_WORDS.getOrDefault(a.subtype(), List.of()).contains(w))
                            .forEach(w -> assertThat(title).as(a.identifier() + " (" + a.subtype()
                                    + ") speaks of another subtype's subject").doesNotContain(w));
                }
            });
            switch (a.status()) {
                case "1" -> {
                    assertThat(a.plannedStart()).as(a.identifier() + " in the pipeline starts later").isAfter(asOf);
                    assertThat(a.actualStart()).as(a.identifier()).isNull();
                    assertThat(a.transactions()).as(a.identifier() + ": no money moves before work begins").isZero();
                }
                case "2" -> {
                    assertThat(a.plannedEnd()).as(a.identifier() + " under way has not ended").isAfterOrEqualTo(asOf);
                    assertThat(a.actualStart()).as(a.identifier()).isNotNull().isBeforeOrEqualTo(asOf);
                }
                case "3", "4" -> {
                    assertThat(a.actualStart()).as(a.identifier()).isNotNull();
                    assertThat(a.plannedEnd()).as(a.identifier() + " finished has ended").isBefore(asOf);
                    if (a.status().equals("4")) {
                        assertThat(a.actualEnd()).as(a.identifier()).isNotNull().isAfter(a.actualStart());
                    }
                    assertThat(a.paid()).as(a.identifier() + ": finished work is paid").isEqualTo(a.committed());
                }
                default -> throw new AssertionError(a.identifier() + ": status " + a.status());
            }
            assertThat(a.paid()).as(a.identifier() + ": paid no more than committed").isLessThanOrEqualTo(a.committed());
            fundedSubtypes.computeIfAbsent(a.funder(), f -> new HashSet<>()).add(a.subtype());
        }
        // a donor funds its focus, not everything
        fundedSubtypes.forEach((donor, subtypes) -> assertThat(subtypes).as(donor + "'s focus").hasSizeLessThanOrEqualTo(3));
        assertThat(activities).extracting(Activity::status).contains("1", "2", "3", "4");
    }

    /**
     * Identifiers in org-id.guide form: UNODC once (its DAC channel code), its field offices as its units under
     * identifiers that extend it, every other organisation on a registration agency's list (the made-up ones on IATI's
     * own), and every activity reported under its organisation's identifier.
     */
    @Test
    void shouldIdentifyUnodcOnceAndItsFieldOfficesAsItsUnits() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, com.fasterxml.jackson.databind.JsonNode> organisations = new HashMap<>();
        for (String line : Files.readAllLines(REGISTRY.resolve("organisations.jsonl"))) {
            var organisation = json.readTree(line);
            organisations.put(organisation.get("identifier").asText(), organisation);
        }
        assertThat(organisations.keySet()).allMatch(id -> id.matches("(XM-DAC-\\d{5}|XI-IATI-[A-Z0-9]+)(-[A-Z]+)?"))
                .noneMatch(id -> id.contains("DEMO"));
        assertThat(organisations.get("XM-DAC-41128").get("names").get("en").asText())
                .isEqualTo("United Nations Office on Drugs and Crime");
        organisations.values().forEach(organisation -> {
            String identifier = organisation.get("identifier").asText();
            boolean office = organisation.get("kind").asText().equals("UNODC_FIELD_OFFICE");
            assertThat(organisation.path("unitOf").asText(null)).as(identifier).isEqualTo(office ? "XM-DAC-41128" : null);
            assertThat(identifier.startsWith("XM-DAC-41128-")).as(identifier).isEqualTo(office);
        });
        Set<String> reporters = new HashSet<>();
        activities(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(REGISTRY.resolve("activities.xml").toFile())).forEach(activity -> {
                    assertThat(activity.identifier()).startsWith(activity.reporter() + "-");
                    reporters.add(activity.reporter());
                });
        assertThat(organisations.keySet()).containsAll(reporters);
    }

    @Test
    void shouldGiveEachImplementerTheCapabilitiesOfWhatItDoesAndWhere() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, Set<String>> capable = new HashMap<>();
        for (String line : Files.readAllLines(REGISTRY.resolve("capabilities.jsonl"))) {
            if (!line.isBlank()) {
                var list = json.readTree(line);
                list.path("capabilities").forEach(c -> capable.computeIfAbsent(list.path("organisation").asText(),
                        o -> new HashSet<>()).add(c.path("taSubtype").asText()));
            }
        }
        Map<String, Set<String>> worksIn = new HashMap<>();
        for (String line : Files.readAllLines(REGISTRY.resolve("organisations.jsonl"))) {
            if (!line.isBlank()) {
                var organisation = json.readTree(line);
                Set<String> countries = new HashSet<>();
                organisation.path("countries").forEach(c -> countries.add(c.asText()));
                worksIn.put(organisation.path("identifier").asText(), countries);
            }
        }
        Map<String, String> iso3 = new HashMap<>();
        for (String code : java.util.Locale.getISOCountries()) {
            iso3.put(code, new java.util.Locale.Builder().setRegion(code).build().getISO3Country());
        }
        for (Activity a : activities(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(REGISTRY.resolve("activities.xml").toFile()))) {
            assertThat(capable.get(a.reporter())).as(a.identifier() + ": " + a.reporter() + " can deliver " + a.subtype())
                    .contains(a.subtype());
            Set<String> countries = worksIn.get(a.reporter());
            if (!countries.isEmpty()) {
                assertThat(countries).as(a.identifier() + ": " + a.reporter() + " works where the activity is")
                        .contains(iso3.get(a.country()));
            }
        }
    }

    @Test
    void shouldAttachEachEvaluationToAnActivityOfItsSubject() throws Exception {
        Set<String> closedSubtypes = new HashSet<>();
        activities(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(REGISTRY.resolve("activities.xml").toFile())).stream().filter(a -> a.status().equals("4"))
                .forEach(a -> closedSubtypes.add(a.subtype()));
        List<String> lines = Files.readAllLines(REGISTRY.resolve("evaluations.jsonl")).stream()
                .filter(line -> !line.isBlank()).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            String subtype = line.substring(0, line.indexOf(' '));
            assertThat(closedSubtypes).as("a closed activity of " + subtype + " for its evaluation").contains(subtype);
            String lessons = line.toLowerCase(java.util.Locale.ROOT);
            assertThat(lessons).as("the evaluation speaks of " + subtype).containsAnyOf(switch (subtype) {
                case "COOPERATION.CRIMINAL_MATTERS_TRAINING" -> new String[] { "request", "central authority" };
                case "LEGAL.DRAFTING" -> new String[] { "draft", "legislat" };
                case "TRAINING.LAW_ENFORCEMENT" -> new String[] { "investigat", "police" };
                default -> new String[] { subtype.toLowerCase(java.util.Locale.ROOT) };
            });
        });
    }
}
