package org.taplatform.registry.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/** The official IATI 2.03 schemas (copied into iati/ from ../shared/reference), to validate what the registry writes. */
final class IatiSchemas {

    static final Schema ACTIVITIES = load("/iati/iati-activities-schema.xsd");
    static final Schema ORGANISATIONS = load("/iati/iati-organisations-schema.xsd");

    private IatiSchemas() {
    }

    /** Throws with the line and the reason when the document is not valid. */
    static void validate(Schema schema, byte[] document) throws SAXException, IOException {
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(document)));
    }

    private static Schema load(String path) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(IatiSchemas.class.getResource(path));
        } catch (SAXException e) {
            throw new IllegalStateException("IATI schema " + path + " does not load", e);
        }
    }
}
