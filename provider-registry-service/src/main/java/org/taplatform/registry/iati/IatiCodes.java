package org.taplatform.registry.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The IATI codes the registry checks: activity status and organisation role from the official embedded codelists
 * (iati/codelists, copied from ../shared/reference), DAC sectors from the part of the Sector codelist the platform
 * uses (iati/dac-sectors.json). Each maps code to English name.
 */
public final class IatiCodes {

    public static final Map<String, String> ACTIVITY_STATUS = codelist("ActivityStatus");
    public static final Map<String, String> ORGANISATION_ROLE = codelist("OrganisationRole");
    public static final Map<String, String> DAC_SECTORS = sectors();

    private IatiCodes() {
    }

    private static Map<String, String> codelist(String name) {
        try (InputStream in = IatiCodes.class.getResourceAsStream("/iati/codelists/" + name + ".xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList items = factory.newDocumentBuilder().parse(in).getElementsByTagName("codelist-item");
            Map<String, String> codes = new LinkedHashMap<>();
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                String code = item.getElementsByTagName("code").item(0).getTextContent().trim();
                Element name0 = (Element) item.getElementsByTagName("name").item(0);
                codes.put(code, name0.getElementsByTagName("narrative").item(0).getTextContent().trim());
            }
            return Collections.unmodifiableMap(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("IATI codelist " + name + " is broken", e);
        }
    }

    private static Map<String, String> sectors() {
        try (InputStream in = IatiCodes.class.getResourceAsStream("/iati/dac-sectors.json")) {
            Map<String, String> codes = new LinkedHashMap<>();
            for (JsonNode sector : new ObjectMapper().readTree(in).path("sectors")) {
                codes.put(sector.path("code").asText(), sector.path("name").asText());
            }
            return Collections.unmodifiableMap(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
