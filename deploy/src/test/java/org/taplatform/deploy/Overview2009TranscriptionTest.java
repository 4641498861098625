package org.taplatform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * The demo's 2009 cycles say what the overview says (seed 004, CTOC/COP/WG.2/2009/1): every State the transcription
 * (named-facts.json) names is named in the paragraph it cites, under the UN name of the country it is coded as; the
 * answers files hold each named need in that State's response to that instrument, the reporting needs of exactly the
 * 16 States of para. 9, and no answer of the 41 States of para. 10. PlatformSmokeIT reads the same facts back through
 * the API once the platform has loaded them.
 */
class Overview2009TranscriptionTest {

    static final Path DEPLOY = Path.of(System.getProperty("ta.deploy.dir", "."));
    static final Path OVERVIEW = DEPLOY.resolve("demo/overview-2009");
    static final Path SEED = DEPLOY.resolve("../../shared/seeds/004_2f79eda6b375959e.txt");
    static final Path UN_NAMES = DEPLOY.resolve(
            "../reference-data/src/main/resources/org/taplatform/reference/un-country-names.json");

    static JsonNode facts;
    static Map<Integer, String> paragraphs;
    static List<Map<String, String>> secondCycle;
    static List<Map<String, String>> firstCycle;

    @BeforeAll
    static void read() throws IOException {
        facts = new ObjectMapper().readTree(OVERVIEW.resolve("named-facts.json").toFile());
        paragraphs = paragraphs(Files.readString(SEED));
        secondCycle = csv(OVERVIEW.resolve("cycle-2.answers.csv"));
        firstCycle = csv(OVERVIEW.resolve("cycle-1.answers.csv"));
    }

    @Test
    void shouldNameEachStateInTheParagraphItCitesByTheCountrysUnName() throws IOException {
        JsonNode names = new ObjectMapper().readTree(UN_NAMES.toFile()).get("names");
        List<JsonNode> named = new ArrayList<>();
        facts.get("needs").forEach(named::add);
        facts.get("difficulties").forEach(named::add);
        assertThat(named).hasSizeGreaterThan(100);
        for (JsonNode fact : named) {
            String state = fact.get("state").asText();
            assertThat(paragraphs.get(fact.get("paragraph").asInt())).as("para. %s", fact.get("paragraph"))
                    .contains(state);
            assertThat(unName(names, fact.get("country").asText())).as(state)
                    .isEqualTo(state.replace("St. ", "Saint ")
                            .replace("Tanzania (United Republic of)", "United Republic of Tanzania"));
        }
        for (String list : List.of("noInformation", "reportingHelp")) {
            JsonNode group = facts.get(list);
            for (int i = 0; i < group.get("states").size(); i++) {
                String state = group.get("states").get(i).asText();
                assertThat(paragraphs.get(group.get("paragraph").asInt())).contains(state);
                assertThat(unName(names, group.get("codes").get(i).asText())).isEqualTo(state);
            }
        }
        assertThat(facts.get("noInformation").get("codes")).hasSize(41);
        assertThat(facts.get("reportingHelp").get("codes")).hasSize(16);
    }

    @Test
    void shouldPutEveryNamedNeedInTheStatesResponseToItsInstrument() {
        for (JsonNode fact : facts.get("needs")) {
            if (!fact.get("source").asText().equals("SURVEY")) {
                continue;
            }
            assertThat(secondCycle).as("%s %s", fact.get("state"), fact.get("taSubtype")).anyMatch(row ->
                    row.get("country").equals(fact.get("country").asText())
                            && row.get("instrument").equals(fact.get("instrument").asText())
                            && row.get("need_ta_subtype").equals(fact.get("taSubtype").asText())
                            && row.get("need_description").equals(fact.get("description").asText()));
        }
        for (JsonNode difficulty : facts.get("difficulties")) {
            assertThat(secondCycle).anyMatch(row -> row.get("country").equals(difficulty.get("country").asText())
                    && row.get("instrument").equals(difficulty.get("instrument").asText())
                    && row.get("value").equals(difficulty.get("text").asText()));
        }
    }

    @Test
    void shouldGiveReportingNeedsToExactlyTheSixteenAndNoAnswerToTheFortyOne() {
        Set<String> reporting = new HashSet<>();
        secondCycle.stream().filter(row -> row.get("need_ta_subtype").startsWith("REPORTING."))
                .forEach(row -> reporting.add(row.get("country")));
        assertThat(reporting).containsExactlyInAnyOrderElementsOf(codes("reportingHelp"));
        Set<String> silent = new HashSet<>(codes("noInformation"));
        assertThat(firstCycle).noneMatch(row -> silent.contains(row.get("country")));
        assertThat(secondCycle).noneMatch(row -> silent.contains(row.get("country")));
        // the two of them the overview quotes nonetheless are the Secretariat's manual records, outside the survey
        assertThat(facts.get("needs")).filteredOn(fact -> fact.get("source").asText().equals("MANUAL"))
                .extracting(fact -> fact.get("country").asText()).containsExactlyInAnyOrder("LKA", "GRD");
    }

    @Test
    void shouldStateTheSecondCyclesNeedsInTheOverviewsShares() {
        Map<String, Integer> byType = new HashMap<>();
        secondCycle.stream().filter(row -> !row.get("need_ta_subtype").isEmpty())
                .forEach(row -> byType.merge(row.get("need_ta_subtype").split("\\.")[0], 1, Integer::sum));
        int total = byType.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isEqualTo(300);
        // para. 27: training 25 %, legal 20 %, cooperation 16 %, reporting 16 %, every other type below
        assertThat(byType).containsEntry("TRAINING", 75).containsEntry("LEGAL", 60).containsEntry("COOPERATION", 48)
                .containsEntry("REPORTING", 48);
        assertThat(byType).allSatisfy((type, count) -> assertThat(count).isLessThanOrEqualTo(75));
        byType.forEach((type, count) -> {
            if (!List.of("TRAINING", "LEGAL", "COOPERATION", "REPORTING").contains(type)) {
                assertThat(count).as(type).isLessThan(48);
            }
        });
    }

    static String unName(JsonNode names, String code) {
        return names.get(code).get("en").asText();
    }

    static List<String> codes(String list) {
        List<String> codes = new ArrayList<>();
        facts.get(list).get("codes").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    /** The seed's numbered paragraphs ("12. In terms of …") by number, each up to the next. */
    static Map<Integer, String> paragraphs(String text) {
        Map<Integer, String> paragraphs = new HashMap<>();
        Matcher start = Pattern.compile("(?m)^(\\d{1,2})\\. ").matcher(text);
        List<int[]> starts = new ArrayList<>();
        while (start.find()) {
            starts.add(new int[] { Integer.parseInt(start.group(1)), start.start() });
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[1] : text.length();
            // the page break in para. 15 and 21 splits the text: join what follows up to the next paragraph
            paragraphs.put(starts.get(i)[0], text.substring(starts.get(i)[1], end).replaceAll("\\s+", " "));
        }
        return paragraphs;
    }

    static List<Map<String, String>> csv(Path file) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            return reader.stream().map(NamedCsvRecord::getFieldsAsMap).toList();
        }
    }
}
