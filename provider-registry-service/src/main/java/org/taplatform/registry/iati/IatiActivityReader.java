package org.taplatform.registry.iati;

import static org.taplatform.registry.iati.XmlElements.attribute;
import static org.taplatform.registry.iati.XmlElements.children;
import static org.taplatform.registry.iati.XmlElements.decimal;
import static org.taplatform.registry.iati.XmlElements.narratives;
import static org.taplatform.registry.iati.XmlElements.skip;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.taplatform.events.registry.ActivityFinance;
import org.taplatform.events.registry.ActivityResults;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.reference.Country;
import org.taplatform.reference.ReferenceData;
import org.taplatform.registry.activity.ActivityRequest;

/**
 * Reads an IATI 2.x activity file as a stream (StAX), one {@code iati-activity} at a time, so files of hundreds of
 * megabytes take the memory of one activity. Hostile XML is refused, never expanded: a DOCTYPE (the carrier of
 * entity expansion and external entities: XXE, billion laughs) ends the read with a failure, and the parser is set
 * up with DTDs and external entities off besides. The root must be {@code iati-activities} in no namespace.
 */
public final class IatiActivityReader {

    /** The file cannot be read as an IATI activity file: nothing of it is imported. */
    public static final class UnreadableFile extends Exception {
        public UnreadableFile(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private static final XMLInputFactory FACTORY = hardenedFactory();
    private static final Map<String, String> ISO3_BY_ISO2 = iso3ByIso2();

    private IatiActivityReader() {
    }

    /** The versions of the IATI activity standard this reader reads (the 2.x series; 1.x differs in structure). */
    static final java.util.Set<String> VERSIONS = java.util.Set.of("2.01", "2.02", "2.03");

    /** What a first pass over the file finds: its activities and what to tell the importer about it. */
    public record Summary(int activities, List<String> notes) {
    }

    /** Reads the whole file without keeping anything: is it well-formed, and how many activities does it hold? */
    public static Summary count(InputStream in) throws UnreadableFile {
        int[] count = { 0 };
        List<String> notes = new java.util.ArrayList<>();
        read(in, activity -> count[0]++, notes);
        return new Summary(count[0], List.copyOf(notes));
    }

    /** Hands each activity of the file to the consumer, in file order. */
    public static void read(InputStream in, Consumer<ParsedActivity> each) throws UnreadableFile {
        read(in, each, new java.util.ArrayList<>());
    }

    /** The same, adding to {@code notes} what the importer should know about the file as a whole. */
    static void read(InputStream in, Consumer<ParsedActivity> each, List<String> notes) throws UnreadableFile {
        XMLStreamReader xml = null;
        try {
            xml = FACTORY.createXMLStreamReader(in);
            boolean rootSeen = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new UnreadableFile("the file declares a DOCTYPE: refused (entities are never expanded)", null);
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!rootSeen) {
                    rootSeen = true;
                    String namespace = xml.getNamespaceURI();
                    if (!"iati-activities".equals(xml.getLocalName()) || (namespace != null && !namespace.isEmpty())) {
                        throw new UnreadableFile("not an IATI activity file: the root is {" + (namespace == null ? ""
                                : namespace) + "}" + xml.getLocalName() + ", expected iati-activities in no namespace",
                                null);
                    }
                    checkVersion(xml.getAttributeValue(null, "version"), notes);
                    continue;
                }
                if ("iati-activity".equals(xml.getLocalName())) {
                    each.accept(activity(xml));
                }
            }
            if (!rootSeen) {
                throw new UnreadableFile("the file is empty", null);
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            throw new UnreadableFile("not well-formed XML" + where + " (truncated, or not XML): " + firstLine(e), e);
        } finally {
            close(xml);
        }
    }

    /**
     * The 2.x versions are read alike (2.03 added elements, removed none this reader uses); a 1.x file has another
     * structure and any other version is not one IATI published: both are refused with what to do. A file that says
     * no version (the standard requires it) is read as 2.03, and the importer is told.
     */
    private static void checkVersion(String version, List<String> notes) throws UnreadableFile {
        if (version == null || version.isBlank()) {
            notes.add("the file declares no IATI version (iati-activities/@version is required): read as 2.03");
        } else if (version.strip().startsWith("1.")) {
            throw new UnreadableFile("IATI " + version.strip() + " is not supported: this platform reads versions "
                    + String.join(", ", new java.util.TreeSet<>(VERSIONS)) + "; convert the file to 2.03 first (IATI's"
                    + " guidance on upgrading from 1.0x)", null);
        } else if (!VERSIONS.contains(version.strip())) {
            throw new UnreadableFile("IATI version " + version.strip() + " is not one this platform reads ("
                    + String.join(", ", new java.util.TreeSet<>(VERSIONS)) + ")", null);
        }
    }

    /** Reads one activity, the reader on its start tag; leaves it on its end tag. */
    private static ParsedActivity activity(XMLStreamReader xml) throws XMLStreamException {
        String defaultLanguage = attribute(xml, "lang", "en");
        String defaultCurrency = attribute(xml, "default-currency", null);
        String identifier = null;
        String reportingRef = null;
        String reportingType = null;
        String reportingName = null;
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        String status = null;
        Map<String, LocalDate> dates = new HashMap<>();
        List<ActivityRequest.Participant> participants = new ArrayList<>();
        List<ActivityRequest.CountryShare> countries = new ArrayList<>();
        List<ActivityRequest.RegionShare> regions = new ArrayList<>();
        List<ActivityRequest.SectorShare> sectors = new ArrayList<>();
        List<String> subtypes = new ArrayList<>();
        List<String> instruments = new ArrayList<>();
        List<ActivityRequest.RelatedActivity> related = new ArrayList<>();
        List<ActivityRequest.OtherIdentifier> otherIdentifiers = new ArrayList<>();
        List<ActivitySnapshot.DocumentLink> documents = new ArrayList<>();
        List<ActivityFinance.PeriodBudget> budgets = new ArrayList<>();
        List<ActivityFinance.PlannedDisbursement> planned = new ArrayList<>();
        List<ActivityFinance.Transaction> transactions = new ArrayList<>();
        List<ActivityResults.Result> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        IatiFinanceReader finance = new IatiFinanceReader(defaultLanguage, defaultCurrency, notes);
        IatiResultReader resultReader = new IatiResultReader(defaultLanguage, notes);
        boolean relevant = false;
        BigDecimal recipientsLeftOut = BigDecimal.ZERO;

        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "iati-identifier" -> identifier = xml.getElementText().trim();
                case "reporting-org" -> {
                    reportingRef = attribute(xml, "ref", null);
                    reportingType = attribute(xml, "type", null);
                    reportingName = narratives(xml, defaultLanguage).values().stream().findFirst().orElse(null);
                }
                case "title" -> titles.putAll(narratives(xml, defaultLanguage));
                case "description" -> {
                    String type = attribute(xml, "type", "1");
                    Map<String, String> texts = narratives(xml, defaultLanguage);
                    if ("1".equals(type)) {
                        texts.forEach(descriptions::putIfAbsent);
                    }
                }
                case "participating-org" -> {
                    String ref = attribute(xml, "ref", null);
                    String role = attribute(xml, "role", null);
                    String type = attribute(xml, "type", null);
                    String name = narratives(xml, defaultLanguage).values().stream().findFirst().orElse(ref);
                    if (ref != null && !ref.isBlank() && !OrganisationIdentifier.FORM.matcher(ref.strip()).matches()) {
                        notes.add("participating-org " + name + ": its ref " + ref + " left out, not an organisation"
                                + " identifier in org-id.guide form (the organisation is kept by name)");
                        ref = null;
                    }
                    if (type != null && !type.isBlank() && !type.strip().matches(ActivityFinance.ORGANISATION_TYPES)) {
                        notes.add("participating-org " + name + ": its type " + type + " left out, not an IATI"
                                + " OrganisationType");
                        type = null;
                    }
                    participants.add(new ActivityRequest.Participant(ref == null || ref.isBlank() ? null : ref.strip(),
                            name == null ? "(unnamed)" : name, role, type == null || type.isBlank() ? null : type.strip()));
                }
                case "activity-status" -> {
                    status = attribute(xml, "code", null);
                    skip(xml);
                }
                case "activity-date" -> {
                    LocalDate date = XmlElements.date(xml, "iso-date", "activity-date", problems);
                    if (date != null) {
                        dates.put(attribute(xml, "type", ""), date);
                    }
                    skip(xml);
                }
                case "recipient-country" -> {
                    String code = attribute(xml, "code", "");
                    String iso3 = ISO3_BY_ISO2.get(code.toUpperCase(java.util.Locale.ROOT));
                    if (iso3 == null) {
                        problems.add("recipient-country " + code + " is not a party known to the reference data");
                    } else {
                        countries.add(new ActivityRequest.CountryShare(iso3, decimal(xml, "percentage", problems)));
                    }
                    skip(xml);
                }
                case "recipient-region" -> {
                    String vocabulary = attribute(xml, "vocabulary", "1");
                    if ("2".equals(vocabulary)) {
                        regions.add(new ActivityRequest.RegionShare(attribute(xml, "code", ""),
                                decimal(xml, "percentage", problems)));
                    } else {
                        BigDecimal share = decimal(xml, "percentage", problems);
                        recipientsLeftOut = recipientsLeftOut.add(share == null ? BigDecimal.ZERO : share);
                        notes.add("recipient-region " + attribute(xml, "code", "") + " of vocabulary " + vocabulary
                                + " left out: only UN M49 regions (vocabulary 2) are registered");
                    }
                    skip(xml);
                }
                case "sector" -> {
                    String vocabulary = attribute(xml, "vocabulary", "1");
                    if ("1".equals(vocabulary)) {
                        String code = attribute(xml, "code", "");
                        sectors.add(new ActivityRequest.SectorShare(code, decimal(xml, "percentage", problems)));
                        relevant |= IatiCodes.DAC_SECTORS.containsKey(code);
                    }
                    skip(xml);
                }
                case "tag" -> {
                    String uri = attribute(xml, "vocabulary-uri", "");
                    String code = attribute(xml, "code", "");
                    if (IatiActivityWriter.TAXONOMY_URI.equals(uri)) {
                        subtypes.add(code);
                        relevant = true;
                    } else if (IatiActivityWriter.INSTRUMENTS_URI.equals(uri)) {
                        instruments.add(code);
                    }
                    skip(xml);
                }
                case "budget" -> addPresent(budgets, finance.budget(xml));
                case "planned-disbursement" -> addPresent(planned, finance.plannedDisbursement(xml));
                case "transaction" -> addPresent(transactions, finance.transaction(xml));
                case "result" -> addPresent(results, resultReader.result(xml));
                case "other-identifier" -> {
                    ActivityRequest.OtherIdentifier other = otherIdentifier(xml, defaultLanguage);
                    if (other.type().matches("A1|A2|A3|A9|B1|B9") && !other.ref().isEmpty()) {
                        otherIdentifiers.add(other);
                    } else {
                        notes.add("other-identifier " + other.ref() + " of type " + other.type() + " left out: it"
                                + " needs a ref and an OtherIdentifierType (A1, A2, A3, A9, B1, B9)");
                    }
                }
                case "document-link" -> addPresent(documents, IatiDocumentReader.read(xml, defaultLanguage, notes));
                case "related-activity" -> {
                    String ref = attribute(xml, "ref", "").trim();
                    String type = attribute(xml, "type", "");
                    if (!ref.isEmpty() && type.matches("[1-5]")) {
                        related.add(new ActivityRequest.RelatedActivity(ref, type));
                    } else {
                        notes.add("related-activity " + ref + " of type " + type + " left out: it needs a ref and"
                                + " a RelatedActivityType 1 to 5");
                    }
                    skip(xml);
                }
                default -> skip(xml);
            }
        }
        String localId = identifier != null && reportingRef != null && identifier.startsWith(reportingRef + "-")
                ? identifier.substring(reportingRef.length() + 1) : null;
        if (identifier != null && reportingRef != null && localId == null) {
            problems.add("iati-identifier " + identifier + " does not begin with the reporting organisation's identifier "
                    + reportingRef + "-");
        }
        if (("3".equals(status) || "4".equals(status)) && dates.get("2") == null) {
            notes.add("activity-status " + status + " (finalised or closed) without an actual start date (activity-date"
                    + " type 2): kept as published");
        }
        // the funders' activities its money comes from: what tells one money flow reported twice from duplicated work
        List<String> providerActivities = transactions.stream().filter(ActivityFinance.Transaction::incoming)
                .map(t -> t.provider() == null ? null : t.provider().activityId()).filter(java.util.Objects::nonNull)
                .distinct().toList();
        ActivityRequest request = new ActivityRequest(reportingRef, localId, titles, descriptions, status,
                dates.get("1"), dates.get("3"), dates.get("2"), dates.get("4"), participants, countries, regions,
                sectors, subtypes, instruments, List.of(), List.of(), List.of(), null, related, providerActivities,
                otherIdentifiers, documents, budgets, planned, transactions, results);
        return new ParsedActivity(identifier, reportingRef, reportingType, reportingName, request, relevant, problems,
                notes, recipientsLeftOut);
    }

    /** An other-identifier and its owner-org, the reader on its start tag; leaves it on its end tag. */
    private static ActivityRequest.OtherIdentifier otherIdentifier(XMLStreamReader xml, String defaultLanguage)
            throws XMLStreamException {
        String ref = attribute(xml, "ref", "").trim();
        String type = attribute(xml, "type", "").trim();
        String[] owner = new String[2];
        children(xml, child -> {
            if ("owner-org".equals(child.getLocalName())) {
                String ownerRef = attribute(child, "ref", "").trim();
                owner[0] = ownerRef.isEmpty() ? null : ownerRef;
                owner[1] = narratives(child, defaultLanguage).values().stream().findFirst().orElse(null);
            } else {
                skip(child);
            }
        });
        return new ActivityRequest.OtherIdentifier(ref, type, owner[0], owner[1]);
    }

    private static <T> void addPresent(List<T> list, T element) {
        if (element != null) {
            list.add(element);
        }
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private static Map<String, String> iso3ByIso2() {
        Map<String, String> codes = new HashMap<>();
        for (Country country : ReferenceData.instance().countries()) {
            if (country.iso2() != null) {
                codes.put(country.iso2(), country.code());
            }
        }
        return codes;
    }

    private static String firstLine(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.lastIndexOf("Message: ");
        return newline >= 0 ? message.substring(newline + 9) : message.lines().findFirst().orElse(message);
    }

    private static void close(XMLStreamReader xml) {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException ignored) {
            // nothing left to release that matters
        }
    }
}
