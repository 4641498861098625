package org.taplatform.registry.iati;

import static org.taplatform.registry.iati.XmlElements.attribute;
import static org.taplatform.registry.iati.XmlElements.children;
import static org.taplatform.registry.iati.XmlElements.date;
import static org.taplatform.registry.iati.XmlElements.narratives;
import static org.taplatform.registry.iati.XmlElements.skip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.taplatform.events.registry.ActivitySnapshot;

/**
 * Reads an IATI document-link, of an activity or of a result, indicator, baseline, target or actual. One the registry
 * could not show as a link (no http(s) URL, no MIME type, no title or category, all of which IATI requires) is left out
 * and noted.
 */
final class IatiDocumentReader {

    private IatiDocumentReader() {
    }

    /** The document-link the reader is on, or null (noted) when it cannot be kept. */
    static ActivitySnapshot.DocumentLink read(XMLStreamReader xml, String defaultLanguage, List<String> notes)
            throws XMLStreamException {
        String url = attribute(xml, "url", "").strip();
        String format = attribute(xml, "format", "").strip();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        List<String> categories = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        List<String> ignored = new ArrayList<>(); // a date IATI's schema would refuse: the document stays, without it
        LocalDate[] date = new LocalDate[1];
        children(xml, child -> {
            switch (child.getLocalName()) {
                case "title" -> titles.putAll(narratives(child, defaultLanguage));
                case "description" -> descriptions.putAll(narratives(child, defaultLanguage));
                case "category" -> {
                    categories.add(attribute(child, "code", "").strip());
                    skip(child);
                }
                case "language" -> {
                    languages.add(attribute(child, "code", "").strip());
                    skip(child);
                }
                case "document-date" -> {
                    date[0] = date(child, "iso-date", "document-date", ignored);
                    skip(child);
                }
                default -> skip(child);
            }
        });
        List<String> problems = new ArrayList<>();
        if (!url.matches(ActivitySnapshot.DocumentLink.URL)) {
            problems.add("its url is not an http(s) URL");
        }
        if (!format.matches(ActivitySnapshot.DocumentLink.MIME_TYPE)) {
            problems.add("its format " + format + " is not a MIME type");
        }
        if (titles.isEmpty()) {
            problems.add("it has no title");
        }
        categories.removeIf(String::isEmpty);
        if (categories.isEmpty()) {
            problems.add("it has no category");
        }
        if (!problems.isEmpty()) {
            notes.add("document-link " + url + " left out: " + String.join("; ", problems));
            return null;
        }
        languages.removeIf(String::isEmpty);
        return new ActivitySnapshot.DocumentLink(url, format, titles, descriptions, categories, languages, date[0]);
    }
}
