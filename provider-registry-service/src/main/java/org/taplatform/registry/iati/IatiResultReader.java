package org.taplatform.registry.iati;

import static org.taplatform.registry.iati.XmlElements.attribute;
import static org.taplatform.registry.iati.XmlElements.bool;
import static org.taplatform.registry.iati.XmlElements.children;
import static org.taplatform.registry.iati.XmlElements.date;
import static org.taplatform.registry.iati.XmlElements.narratives;
import static org.taplatform.registry.iati.XmlElements.present;
import static org.taplatform.registry.iati.XmlElements.skip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.taplatform.events.registry.ActivityResults.IndicatorBaseline;
import org.taplatform.events.registry.ActivityResults.ResultDimension;
import org.taplatform.events.registry.ActivityResults.Indicator;
import org.taplatform.events.registry.ActivityResults.IndicatorMeasurement;
import org.taplatform.events.registry.ActivityResults.IndicatorPeriod;
import org.taplatform.events.registry.ActivityResults.ResultReference;
import org.taplatform.events.registry.ActivityResults.Result;
import org.taplatform.events.registry.ActivitySnapshot;

/**
 * Reads an IATI result with its indicators, their baselines and periods (targets and actuals), element for element.
 * What the schema requires and is missing (a result's title or type, an indicator's measure, a period's dates) leaves
 * that part out, noted for the importer; the activity itself is kept.
 */
final class IatiResultReader {

    private final String defaultLanguage;
    private final List<String> notes;

    IatiResultReader(String defaultLanguage, List<String> notes) {
        this.defaultLanguage = defaultLanguage;
        this.notes = notes;
    }

    /** The result the reader is on, or null (noted) when it cannot be kept. */
    Result result(XMLStreamReader xml) throws XMLStreamException {
        String type = present(xml, "type");
        Boolean aggregation = bool(xml, "aggregation-status");
        Texts texts = new Texts();
        List<Indicator> indicators = new ArrayList<>();
        children(xml, child -> {
            switch (child.getLocalName()) {
                case "indicator" -> {
                    Indicator indicator = indicator(child);
                    if (indicator != null) {
                        indicators.add(indicator);
                    }
                }
                default -> texts.read(child, "vocabulary-uri");
            }
        });
        String title = texts.titles.values().stream().findFirst().orElse("(untitled)");
        if (type == null || !type.matches("[1239]") || texts.titles.isEmpty() || indicators.isEmpty()) {
            notes.add("result " + title + " left out: it needs a ResultType (1, 2, 3, 9), a title and an indicator");
            return null;
        }
        return new Result(type, aggregation, texts.titles, texts.descriptions, texts.documents, texts.references,
                indicators);
    }

    private Indicator indicator(XMLStreamReader xml) throws XMLStreamException {
        String measure = present(xml, "measure");
        Boolean ascending = bool(xml, "ascending");
        Boolean aggregation = bool(xml, "aggregation-status");
        Texts texts = new Texts();
        List<IndicatorBaseline> baselines = new ArrayList<>();
        List<IndicatorPeriod> periods = new ArrayList<>();
        children(xml, child -> {
            switch (child.getLocalName()) {
                case "baseline" -> {
                    IndicatorBaseline baseline = baseline(child);
                    if (baseline != null) {
                        baselines.add(baseline);
                    }
                }
                case "period" -> {
                    IndicatorPeriod period = period(child);
                    if (period != null) {
                        periods.add(period);
                    }
                }
                default -> texts.read(child, "indicator-uri");
            }
        });
        if (measure == null || !measure.matches("[1-5]") || texts.titles.isEmpty()) {
            notes.add("indicator " + texts.titles.values().stream().findFirst().orElse("(untitled)")
                    + " left out: it needs an IndicatorMeasure (1 to 5) and a title");
            return null;
        }
        return new Indicator(measure, ascending, aggregation, texts.titles, texts.descriptions, texts.documents,
                texts.references, baselines, periods);
    }

    private IndicatorBaseline baseline(XMLStreamReader xml) throws XMLStreamException {
        String year = present(xml, "year");
        LocalDate date = date(xml, "iso-date", "baseline iso-date", new ArrayList<>());
        IndicatorMeasurement measured = measurement(xml);
        if (year == null || !year.matches("\\d{4}")) {
            notes.add("baseline left out: its year " + year + " is not a year");
            return null;
        }
        return new IndicatorBaseline(Integer.valueOf(year), date, measured.value(), measured.comment(), measured.locations(),
                measured.dimensions(), measured.documents());
    }

    private IndicatorPeriod period(XMLStreamReader xml) throws XMLStreamException {
        LocalDate[] dates = new LocalDate[2];
        List<IndicatorMeasurement> targets = new ArrayList<>();
        List<IndicatorMeasurement> actuals = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        children(xml, child -> {
            switch (child.getLocalName()) {
                case "period-start" -> {
                    dates[0] = date(child, "iso-date", "period-start", problems);
                    skip(child);
                }
                case "period-end" -> {
                    dates[1] = date(child, "iso-date", "period-end", problems);
                    skip(child);
                }
                case "target" -> targets.add(measurement(child));
                case "actual" -> actuals.add(measurement(child));
                default -> skip(child);
            }
        });
        if (dates[0] == null || dates[1] == null) {
            notes.add("indicator period left out: it needs a period-start and a period-end");
            return null;
        }
        return new IndicatorPeriod(dates[0], dates[1], targets, actuals);
    }

    /** A baseline's, target's or actual's value and what comes with it. */
    private IndicatorMeasurement measurement(XMLStreamReader xml) throws XMLStreamException {
        String value = attribute(xml, "value", null);
        Map<String, String> comment = new LinkedHashMap<>();
        List<String> locations = new ArrayList<>();
        List<ResultDimension> dimensions = new ArrayList<>();
        List<ActivitySnapshot.DocumentLink> documents = new ArrayList<>();
        children(xml, child -> {
            switch (child.getLocalName()) {
                case "comment" -> comment.putAll(narratives(child, defaultLanguage));
                case "location" -> {
                    String ref = present(child, "ref");
                    if (ref != null) {
                        locations.add(ref);
                    }
                    skip(child);
                }
                case "dimension" -> {
                    String name = present(child, "name");
                    String dimensionValue = present(child, "value");
                    if (name != null && dimensionValue != null) {
                        dimensions.add(new ResultDimension(name, dimensionValue));
                    }
                    skip(child);
                }
                case "document-link" -> {
                    ActivitySnapshot.DocumentLink document = IatiDocumentReader.read(child, defaultLanguage, notes);
                    if (document != null) {
                        documents.add(document);
                    }
                }
                default -> skip(child);
            }
        });
        return new IndicatorMeasurement(value, comment, locations, dimensions, documents);
    }

    /** The title, description, document-links and references a result and an indicator share. */
    private final class Texts {
        final Map<String, String> titles = new LinkedHashMap<>();
        final Map<String, String> descriptions = new LinkedHashMap<>();
        final List<ActivitySnapshot.DocumentLink> documents = new ArrayList<>();
        final List<ResultReference> references = new ArrayList<>();

        void read(XMLStreamReader child, String uriAttribute) throws XMLStreamException {
            switch (child.getLocalName()) {
                case "title" -> titles.putAll(narratives(child, defaultLanguage));
                case "description" -> descriptions.putAll(narratives(child, defaultLanguage));
                case "document-link" -> {
                    ActivitySnapshot.DocumentLink document = IatiDocumentReader.read(child, defaultLanguage, notes);
                    if (document != null) {
                        documents.add(document);
                    }
                }
                case "reference" -> {
                    String vocabulary = present(child, "vocabulary");
                    String code = present(child, "code");
                    if (vocabulary != null && code != null) {
                        references.add(new ResultReference(vocabulary, code, present(child, uriAttribute)));
                    }
                    skip(child);
                }
                default -> skip(child);
            }
        }
    }
}
