package org.taplatform.registry.iati;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.taplatform.events.registry.ActivityResults;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.UnLanguage;

/**
 * Writes an IATI 2.03 activity file element by element (StAX), so a country's or an organisation's activities
 * stream out whatever their number. Every document it writes validates against the official 2.03 schema (tested).
 * The platform's TA taxonomy and instruments travel as tags of the reporting organisation's own vocabulary (99).
 */
public final class IatiActivityWriter implements AutoCloseable {

    /** Where the vocabularies of our tags are described (IATI asks a vocabulary-uri for vocabulary 99). */
    public static final String TAXONOMY_URI = "https://ta-platform.unodc.example/api/v1/reference/ta-types";
    public static final String INSTRUMENTS_URI = "https://ta-platform.unodc.example/api/v1/reference/instruments";

    private final XMLStreamWriter xml;
    private final IatiFinanceWriter finance;
    private final IatiResultWriter results;

    public IatiActivityWriter(OutputStream out) throws XMLStreamException {
        xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", dateTime(Instant.now()));
        finance = new IatiFinanceWriter(this);
        results = new IatiResultWriter(this);
    }

    /** The stream, for the writers of an activity's parts. */
    XMLStreamWriter xml() {
        return xml;
    }

    /** One activity; the reporting organisation's name and IATI type come from the registry. */
    public void write(ActivitySnapshot activity, Instant lastUpdated, String reportingName, String reportingType)
            throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", dateTime(lastUpdated));
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
        if (activity.budget() != null) {
            xml.writeAttribute("default-currency", activity.budget().currency());
        }
        element("iati-identifier", activity.iatiIdentifier());
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", activity.reportingOrganisation());
        xml.writeAttribute("type", reportingType);
        narrative(reportingName, null);
        xml.writeEndElement();
        narratives("title", activity.titles(), null);
        narratives("description", activity.descriptions(), "1");
        for (ActivitySnapshot.Participant participant : activity.participants()) {
            xml.writeStartElement("participating-org");
            if (participant.identifier() != null) {
                xml.writeAttribute("ref", participant.identifier());
            }
            xml.writeAttribute("role", participant.role());
            if (participant.type() != null) {
                xml.writeAttribute("type", participant.type());
            }
            narrative(participant.name(), null);
            xml.writeEndElement();
        }
        for (ActivitySnapshot.OtherIdentifier other : activity.otherIdentifiers()) {
            xml.writeStartElement("other-identifier");
            xml.writeAttribute("ref", other.ref());
            xml.writeAttribute("type", other.type());
            if (other.ownerRef() != null || other.ownerName() != null) {
                xml.writeStartElement("owner-org");
                if (other.ownerRef() != null) {
                    xml.writeAttribute("ref", other.ownerRef());
                }
                if (other.ownerName() != null) {
                    narrative(other.ownerName(), null);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        empty("activity-status", "code", activity.status());
        date(activity.plannedStart(), "1");
        date(activity.actualStart(), "2");
        date(activity.plannedEnd(), "3");
        date(activity.actualEnd(), "4");
        for (ActivitySnapshot.Recipient country : activity.recipientCountries()) {
            String iso2 = ReferenceData.instance().country(country.code()).map(c -> c.iso2()).orElse(null);
            if (iso2 == null) {
                continue; // a party without an ISO 3166-1 code (the EU) has no IATI country code
            }
            xml.writeEmptyElement("recipient-country");
            xml.writeAttribute("code", iso2);
            if (country.percentage() != null) {
                xml.writeAttribute("percentage", country.percentage().stripTrailingZeros().toPlainString());
            }
        }
        for (ActivitySnapshot.Recipient region : activity.recipientRegions()) {
            xml.writeEmptyElement("recipient-region");
            xml.writeAttribute("code", region.code());
            xml.writeAttribute("vocabulary", "2"); // UN Statistics Division M49
            if (region.percentage() != null) {
                xml.writeAttribute("percentage", region.percentage().stripTrailingZeros().toPlainString());
            }
        }
        for (ActivitySnapshot.Sector sector : activity.sectors()) {
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", "1"); // OECD DAC 5-digit
            xml.writeAttribute("code", sector.code());
            if (sector.percentage() != null) {
                xml.writeAttribute("percentage", sector.percentage().stripTrailingZeros().toPlainString());
            }
        }
        for (String subtype : activity.taSubtypes()) {
            tag(subtype, TAXONOMY_URI, ReferenceData.instance().taSubtype(subtype)
                    .map(s -> s.names().in(UnLanguage.EN)).orElse(subtype));
        }
        for (String instrument : activity.instruments()) {
            tag(instrument, INSTRUMENTS_URI, ReferenceData.instance().instrument(instrument)
                    .map(i -> i.names().in(UnLanguage.EN)).orElse(instrument));
        }
        if (activity.budgets().isEmpty()) {
            budget(activity);
        }
        finance.write(activity);
        for (ActivitySnapshot.DocumentLink document : activity.documents()) {
            documentLink(document);
        }
        for (ActivitySnapshot.RelatedActivity related : activity.relatedActivities()) {
            xml.writeStartElement("related-activity"); // after budget, transactions and documents, as the schema orders them
            xml.writeAttribute("ref", related.identifier());
            xml.writeAttribute("type", related.type());
            xml.writeEndElement();
        }
        for (ActivityResults.Result result : activity.results()) {
            results.write(result);
        }
        xml.writeEndElement();
    }

    /** A document-link, of the activity or of a result and its parts. */
    void documentLink(ActivitySnapshot.DocumentLink document) throws XMLStreamException {
        xml.writeStartElement("document-link");
        xml.writeAttribute("url", document.url());
        xml.writeAttribute("format", document.format());
        narratives("title", document.titles(), null);
        if (!document.descriptions().isEmpty()) {
            narratives("description", document.descriptions(), null);
        }
        for (String category : document.categories()) {
            empty("category", "code", category);
        }
        for (String language : document.languages()) {
            empty("language", "code", language);
        }
        if (document.date() != null) {
            empty("document-date", "iso-date", document.date().toString());
        }
        xml.writeEndElement();
    }

    /**
     * An activity registered with a total budget only: one budget, over the planned dates (else the year of its value
     * date), as IATI needs a period.
     */
    private void budget(ActivitySnapshot activity) throws XMLStreamException {
        ActivitySnapshot.Budget budget = activity.budget();
        if (budget == null) {
            return;
        }
        LocalDate start = activity.plannedStart() != null ? activity.plannedStart()
                : budget.valueDate().withDayOfYear(1);
        LocalDate end = activity.plannedEnd() != null && activity.plannedEnd().isAfter(start) ? activity.plannedEnd()
                : start.plusYears(1).minusDays(1);
        xml.writeStartElement("budget");
        xml.writeAttribute("type", "1"); // original
        xml.writeAttribute("status", "1"); // indicative
        empty("period-start", "iso-date", start.toString());
        empty("period-end", "iso-date", end.toString());
        xml.writeStartElement("value");
        xml.writeAttribute("currency", budget.currency());
        xml.writeAttribute("value-date", budget.valueDate().toString());
        xml.writeCharacters(budget.amount().stripTrailingZeros().toPlainString());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void tag(String code, String vocabularyUri, String name) throws XMLStreamException {
        xml.writeStartElement("tag");
        xml.writeAttribute("vocabulary", "99");
        xml.writeAttribute("vocabulary-uri", vocabularyUri);
        xml.writeAttribute("code", code);
        narrative(name, null);
        xml.writeEndElement();
    }

    void narratives(String name, Map<String, String> byLanguage, String type) throws XMLStreamException {
        xml.writeStartElement(name);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        String english = byLanguage.get("en");
        if (english != null) {
            narrative(english, null);
        }
        for (Map.Entry<String, String> text : byLanguage.entrySet()) {
            if (!text.getKey().equals("en")) {
                narrative(text.getValue(), text.getKey());
            }
        }
        xml.writeEndElement();
    }

    void narrative(String text, String language) throws XMLStreamException {
        xml.writeStartElement("narrative");
        if (language != null) {
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void date(LocalDate date, String type) throws XMLStreamException {
        if (date != null) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("iso-date", date.toString());
            xml.writeAttribute("type", type);
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    void empty(String name, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(name);
        xml.writeAttribute(attribute, value);
    }

    public void flush() throws XMLStreamException {
        xml.flush();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    /**
     * An xsd:dateTime to the second, in UTC. Not {@code OffsetDateTime.toString()}: on a whole minute it leaves the
     * seconds out ("2026-12-05T03:04Z"), which the IATI schema refuses.
     */
    static String dateTime(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
                .format(instant.atOffset(ZoneOffset.UTC));
    }
}
