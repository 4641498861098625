package org.taplatform.registry.iati;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes an IATI 2.03 organisation file: the organisation's identifier, names and type (validated in tests). */
public final class IatiOrganisationWriter {

    private IatiOrganisationWriter() {
    }

    public static void write(OutputStream out, String identifier, Map<String, String> names, String iatiType,
            Instant lastUpdated) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-organisations");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", IatiActivityWriter.dateTime(Instant.now()));
        xml.writeStartElement("iati-organisation");
        xml.writeAttribute("last-updated-datetime", IatiActivityWriter.dateTime(lastUpdated));
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
        xml.writeStartElement("organisation-identifier");
        xml.writeCharacters(identifier);
        xml.writeEndElement();
        xml.writeStartElement("name");
        String english = names.getOrDefault("en", names.values().iterator().next());
        narrative(xml, english, null);
        for (Map.Entry<String, String> name : names.entrySet()) {
            if (!name.getKey().equals("en")) {
                narrative(xml, name.getValue(), name.getKey());
            }
        }
        xml.writeEndElement();
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", identifier);
        xml.writeAttribute("type", iatiType);
        narrative(xml, english, null);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void narrative(XMLStreamWriter xml, String text, String language) throws XMLStreamException {
        xml.writeStartElement("narrative");
        if (language != null) {
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
