package org.taplatform.registry.iati;

import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.taplatform.events.registry.ActivityResults.IndicatorBaseline;
import org.taplatform.events.registry.ActivityResults.ResultDimension;
import org.taplatform.events.registry.ActivityResults.Indicator;
import org.taplatform.events.registry.ActivityResults.IndicatorMeasurement;
import org.taplatform.events.registry.ActivityResults.IndicatorPeriod;
import org.taplatform.events.registry.ActivityResults.ResultReference;
import org.taplatform.events.registry.ActivityResults.Result;
import org.taplatform.events.registry.ActivitySnapshot;

/** Writes an activity's results, indicators, baselines and periods, in the order IATI 2.03's schema sets. */
final class IatiResultWriter {

    private final IatiActivityWriter activity;
    private final XMLStreamWriter xml;

    IatiResultWriter(IatiActivityWriter activity) {
        this.activity = activity;
        this.xml = activity.xml();
    }

    void write(Result result) throws XMLStreamException {
        xml.writeStartElement("result");
        xml.writeAttribute("type", result.type());
        bool("aggregation-status", result.aggregationStatus());
        texts(result.titles(), result.descriptions(), result.documents(), result.references(), "vocabulary-uri");
        for (Indicator indicator : result.indicators()) {
            xml.writeStartElement("indicator");
            xml.writeAttribute("measure", indicator.measure());
            bool("ascending", indicator.ascending());
            bool("aggregation-status", indicator.aggregationStatus());
            texts(indicator.titles(), indicator.descriptions(), indicator.documents(), indicator.references(),
                    "indicator-uri");
            for (IndicatorBaseline baseline : indicator.baselines()) {
                xml.writeStartElement("baseline");
                xml.writeAttribute("year", baseline.year().toString());
                if (baseline.date() != null) {
                    xml.writeAttribute("iso-date", baseline.date().toString());
                }
                measured(new IndicatorMeasurement(baseline.value(), baseline.comment(), baseline.locations(),
                        baseline.dimensions(), baseline.documents()), true);
                xml.writeEndElement();
            }
            for (IndicatorPeriod period : indicator.periods()) {
                xml.writeStartElement("period");
                activity.empty("period-start", "iso-date", period.start().toString());
                activity.empty("period-end", "iso-date", period.end().toString());
                for (IndicatorMeasurement target : period.targets()) {
                    xml.writeStartElement("target");
                    measured(target, false);
                    xml.writeEndElement();
                }
                for (IndicatorMeasurement actual : period.actuals()) {
                    xml.writeStartElement("actual");
                    measured(actual, false);
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /** Title, description, document-links and references: what a result and an indicator begin with. */
    private void texts(Map<String, String> titles, Map<String, String> descriptions,
            List<ActivitySnapshot.DocumentLink> documents, List<ResultReference> references, String uriAttribute)
            throws XMLStreamException {
        activity.narratives("title", titles, null);
        if (!descriptions.isEmpty()) {
            activity.narratives("description", descriptions, null);
        }
        for (ActivitySnapshot.DocumentLink document : documents) {
            activity.documentLink(document);
        }
        for (ResultReference reference : references) {
            xml.writeEmptyElement("reference");
            xml.writeAttribute("vocabulary", reference.vocabulary());
            xml.writeAttribute("code", reference.code());
            if (reference.uri() != null) {
                xml.writeAttribute(uriAttribute, reference.uri());
            }
        }
    }

    /**
     * A value with its locations, dimensions, comment and documents. The schema orders them differently for a
     * baseline (comment last) and for a target or an actual (comment before the documents).
     */
    private void measured(IndicatorMeasurement measured, boolean baseline) throws XMLStreamException {
        if (measured.value() != null) {
            xml.writeAttribute("value", measured.value());
        }
        for (String location : measured.locations()) {
            activity.empty("location", "ref", location);
        }
        for (ResultDimension dimension : measured.dimensions()) {
            xml.writeEmptyElement("dimension");
            xml.writeAttribute("name", dimension.name());
            xml.writeAttribute("value", dimension.value());
        }
        if (!baseline) {
            comment(measured.comment());
        }
        for (ActivitySnapshot.DocumentLink document : measured.documents()) {
            activity.documentLink(document);
        }
        if (baseline) {
            comment(measured.comment());
        }
    }

    private void comment(Map<String, String> comment) throws XMLStreamException {
        if (!comment.isEmpty()) {
            activity.narratives("comment", comment, null);
        }
    }

    private void bool(String attribute, Boolean value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(attribute, value ? "1" : "0");
        }
    }
}
