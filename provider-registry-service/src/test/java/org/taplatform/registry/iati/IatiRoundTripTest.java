package org.taplatform.registry.iati;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.TestInfrastructure;
import org.taplatform.testsupport.TestTokens;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * IATI in and out again without loss: the official 2.03 example and a real publisher's 2.01 file are imported, exported,
 * and their budgets, planned disbursements, transactions, results, other identifiers, participating organisations'
 * types and related activities compared element for element (attributes, children, texts), the export valid against
 * the 2.03 schema. What the registry cannot keep (a document-link without an http(s) URL) is left out and reported.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class IatiRoundTripTest {

    /** The elements kept whole; a participating-org is compared by its @type (its other attributes are not kept). */
    static final List<String> KEPT = List.of("budget", "planned-disbursement", "transaction", "result",
            "other-identifier", "related-activity");

    @Test
    void shouldWriteOutTheOfficialExampleAsItCameIn() throws Exception {
        String publisher = RegistryFixtures.organisation("MULTILATERAL");
        String file = resource("/iati/activity-standard-example-annotated.xml").replace("AA-AAA-123456789", publisher);
        JsonPath job = importAs(TestTokens.coordinator(), file);

        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getInt("created")).isEqualTo(1);
        // no DAC sector of ours and no tag of the taxonomy: kept all the same, unclassified
        assertThat(job.getInt("unclassified")).isEqualTo(1);
        List<String> notes = job.getList("report[0].reasons", String.class);
        assertThat(notes).anySatisfy(note -> assertThat(note).startsWith("registered unclassified"))
                .anySatisfy(note -> assertThat(note).contains("recipient-region 489 of vocabulary 1 left out"))
                .anySatisfy(note -> assertThat(note).contains("document-link http:www.example.org/docs/report_en.odt"
                        + " left out: its url is not an http(s) URL"));

        byte[] exported = given().queryParam("organisation", publisher).when().get("/api/v1/iati/activities.xml")
                .then().statusCode(200).extract().asByteArray();
        assertThatCode(() -> IatiSchemas.validate(IatiSchemas.ACTIVITIES, exported)).doesNotThrowAnyException();
        Element original = activities(file.getBytes(StandardCharsets.UTF_8)).get(publisher + "-ABC123");
        Element written = activities(exported).get(publisher + "-ABC123");
        for (String element : KEPT) {
            // the example's document-links have URLs like http:www.example.org/…, which no one could open
            assertThat(canonical(written, element)).as(element).isEqualTo(canonical(original, element))
                    .isNotEmpty();
        }
        assertThat(participantTypes(written)).isEqualTo(participantTypes(original)).containsExactly("40", "10", "21");
        given().queryParam("organisation", publisher).when().get("/api/v1/activities").then().statusCode(200)
                .body("items[0].activity.budget.amount", org.hamcrest.Matchers.equalTo(3000.0f))
                .body("items[0].activity.transactions[0].provider.activityId",
                        org.hamcrest.Matchers.equalTo("BB-BBB-123456789-1234AA"))
                .body("items[0].activity.results[0].indicators[0].periods[0].actuals[0].value",
                        org.hamcrest.Matchers.equalTo("11"));
    }

    @Test
    void shouldWriteOutARealPublishersFileAsItCameIn() throws Exception {
        String publisher = RegistryFixtures.newIdentifier();
        given().auth().oauth2(TestTokens.coordinator()).contentType("application/json")
                .body(Map.of("identifier", publisher, "kind", "DONOR_STATE_AGENCY", "names", Map.of("es",
                        "Ministerio de Asuntos Exteriores y de Cooperación " + publisher), "countries", List.of("ESP"),
                        "languages", List.of("es")))
                .when().post("/api/v1/organisations").then().statusCode(201);
        String file = resource("/iati/maec-indonesia-2015.xml").replace("ES-DIR3-E04585801", publisher);
        Map<String, Element> originals = activities(file.getBytes(StandardCharsets.UTF_8));
        JsonPath job = importAs(TestTokens.coordinator(), file);

        assertThat(job.getString("status")).isEqualTo("DONE");
        assertThat(job.getInt("activitiesTotal")).isEqualTo(originals.size()).isEqualTo(83);
        Map<String, List<String>> rejected = new TreeMap<>();
        for (Map<String, Object> entry : job.<Map<String, Object>>getList("report")) {
            if ("REJECTED".equals(entry.get("outcome"))) {
                rejected.put((String) entry.get("iatiIdentifier"), (List<String>) entry.get("reasons"));
            }
        }
        System.out.printf("Real publisher's file: %d activities, %d created (%d unclassified), %d rejected%n",
                originals.size(), job.getInt("created"), job.getInt("unclassified"), rejected.size());
        rejected.forEach((identifier, reasons) -> System.out.println("  rejected " + identifier + ": " + reasons.get(0)));
        assertThat(job.getInt("created") + job.getInt("rejected")).isEqualTo(83);
        assertThat(rejected).isEmpty();

        byte[] exported = given().queryParam("organisation", publisher).when()
                .get("/api/v1/iati/activities.xml").then().statusCode(200).extract().asByteArray();
        assertThatCode(() -> IatiSchemas.validate(IatiSchemas.ACTIVITIES, exported)).doesNotThrowAnyException();
        Map<String, Element> written = activities(exported);
        assertThat(written).hasSize(job.getInt("created"));
        int compared = 0;
        for (Map.Entry<String, Element> activity : written.entrySet()) {
            Element original = originals.get(activity.getKey());
            for (String element : List.of("planned-disbursement", "transaction", "other-identifier")) {
                assertThat(canonical(activity.getValue(), element)).as(activity.getKey() + " " + element)
                        .isEqualTo(canonical(original, element));
            }
            // IATI's defaults made explicit: a budget without @type and @status is original and indicative
            assertThat(canonical(activity.getValue(), "budget")).as(activity.getKey() + " budget")
                    .isEqualTo(canonical(original, "budget").stream().map(b -> b.replace("budget[]",
                            "budget[status=1 type=1]")).toList());
            compared++;
        }
        assertThat(compared).isEqualTo(job.getInt("created"));
    }

    static JsonPath importAs(String token, String xml) {
        String job = given().auth().oauth2(token).contentType("application/xml").queryParam("fileName", "file.xml")
                .body(xml.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/iati/imports").then().statusCode(202)
                .extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !List.of("QUEUED", "RUNNING").contains(
                given().auth().oauth2(token).when().get("/api/v1/iati/imports/" + job).then().extract().path("status")));
        return given().auth().oauth2(token).when().get("/api/v1/iati/imports/" + job).then().extract().jsonPath();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = IatiRoundTripTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The file's activities by IATI identifier. */
    static Map<String, Element> activities(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.NodeList list = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml))
                .getElementsByTagName("iati-activity");
        Map<String, Element> byIdentifier = new LinkedHashMap<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element activity = (Element) list.item(i);
            byIdentifier.put(activity.getElementsByTagName("iati-identifier").item(0).getTextContent().strip(),
                    activity);
        }
        return byIdentifier;
    }

    /**
     * The activity's child elements of a name, each written canonically: name, attributes in order of name, children
     * in document order, text stripped; comments, whitespace and document-links that cannot be kept (no http(s) URL)
     * left out; a narrative in the activity's language compared without its xml:lang; an amount as a number.
     */
    static List<String> canonical(Element activity, String name) {
        String language = activity.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
        List<String> elements = new ArrayList<>();
        for (Node child = activity.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getLocalName().equals(name)) {
                elements.add(written(element, language.isEmpty() ? "en" : language));
            }
        }
        return elements;
    }

    private static String written(Element element, String language) {
        TreeMap<String, String> attributes = new TreeMap<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node attribute = element.getAttributes().item(i);
            boolean defaultLanguage = "lang".equals(attribute.getLocalName()) && language.equals(attribute.getNodeValue());
            if (!defaultLanguage && !"xmlns".equals(attribute.getPrefix())) {
                attributes.put(attribute.getLocalName(), attribute.getNodeValue().strip());
            }
        }
        StringBuilder out = new StringBuilder(element.getLocalName()).append('[');
        out.append(String.join(" ", attributes.entrySet().stream().map(a -> a.getKey() + "=" + a.getValue()).toList()));
        out.append(']');
        StringBuilder children = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                if (nested.getLocalName().equals("document-link") && !nested.getAttribute("url").matches("https?://.*")) {
                    continue;
                }
                children.append(written(nested, language));
            } else if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
                String text = child.getNodeValue().strip();
                children.append('"').append(text.matches("-?\\d+(\\.\\d+)?")
                        ? new java.math.BigDecimal(text).stripTrailingZeros().toPlainString() : text).append('"');
            }
        }
        return out.append('{').append(children).append('}').toString();
    }

    private static List<String> participantTypes(Element activity) {
        List<String> types = new ArrayList<>();
        for (Node child = activity.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getLocalName().equals("participating-org")) {
                types.add(element.getAttribute("type"));
            }
        }
        return types;
    }
}
