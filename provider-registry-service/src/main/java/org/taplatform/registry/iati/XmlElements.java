package org.taplatform.registry.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The small moves every IATI element reader makes on a StAX stream: an attribute, the narratives of an element, its
 * child elements one by one, skipping what is not read. Each method that takes the reader on a start tag leaves it on
 * the matching end tag.
 */
final class XmlElements {

    private XmlElements() {
    }

    /** Reads a child element, the reader on its start tag; must leave it on the child's end tag. */
    @FunctionalInterface
    interface ChildReader {
        void read(XMLStreamReader child) throws XMLStreamException;
    }

    /** Hands each child element to the reader in turn, the reader on the parent's start tag; ends on its end tag. */
    static void children(XMLStreamReader xml, ChildReader reader) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                reader.read(xml);
            }
        }
    }

    /** The narratives of the current element, by language (the activity's default where none is given). */
    static Map<String, String> narratives(XMLStreamReader xml, String defaultLanguage) throws XMLStreamException {
        Map<String, String> texts = new LinkedHashMap<>();
        children(xml, child -> {
            if ("narrative".equals(child.getLocalName())) {
                String language = attribute(child, "lang", defaultLanguage);
                String text = child.getElementText().trim();
                if (!text.isEmpty()) {
                    texts.putIfAbsent(language, text);
                }
            } else {
                skip(child);
            }
        });
        return texts;
    }

    /** An attribute by local name (so xml:lang is "lang"), or the fallback. */
    static String attribute(XMLStreamReader xml, String localName, String fallback) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return fallback;
    }

    /** An attribute stripped, or null when absent or blank. */
    static String present(XMLStreamReader xml, String localName) {
        String value = attribute(xml, localName, null);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An xsd:boolean attribute ("1", "true", "0", "false"), or null when absent or not a boolean. */
    static Boolean bool(XMLStreamReader xml, String localName) {
        String value = present(xml, localName);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "1", "true" -> Boolean.TRUE;
            case "0", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A date attribute, or null (with a problem noted) when it is not an ISO date. */
    static LocalDate date(XMLStreamReader xml, String localName, String what, List<String> problems) {
        String value = present(xml, localName);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(what + " " + value + " is not a date");
            return null;
        }
    }

    /** A decimal attribute, or null (with a problem noted) when it is not a number. */
    static BigDecimal decimal(XMLStreamReader xml, String name, List<String> problems) {
        String value = attribute(xml, name, null);
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            problems.add(name + " " + value + " is not a number");
            return null;
        }
    }

    /** Skips the current element with everything in it. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
