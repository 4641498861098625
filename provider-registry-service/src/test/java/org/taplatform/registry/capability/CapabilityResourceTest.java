package org.taplatform.registry.capability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taplatform.events.Topics;
import org.taplatform.events.registry.CapabilityChanged;
import org.taplatform.registry.support.RegistryFixtures;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class CapabilityResourceTest {

    static Map<String, Object> capability(String subtype, String instrument) {
        return Map.of("taSubtype", subtype, "instruments", List.of(instrument), "deliveryModes", List.of("WORKSHOP", "ONLINE"),
                "regions", List.of("014"), "languages", List.of("en", "fr"), "description", "Workshops for central authorities");
    }

    @Test
    void shouldReplaceTheCapabilitiesUnderTheOrganisationsVersionAndAnnounceThem() {
        String partner = RegistryFixtures.organisation("ACADEMIC_INSTITUTE", "KEN");
        String token = RegistryFixtures.tokenOf("partner", partner);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(List.of(capability("COOPERATION.CRIMINAL_MATTERS_TRAINING", "UNTOC"),
                        capability("TRAINING.SOCIAL_SERVICES", "TIP")))
                .header("If-Match", "\"0\"").when().put("/api/v1/organisations/" + partner + "/capabilities").then()
                .statusCode(200).header("ETag", "\"1\"").body("taSubtype", hasItem("TRAINING.SOCIAL_SERVICES"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(List.of()).header("If-Match", "\"0\"").when()
                .put("/api/v1/organisations/" + partner + "/capabilities").then().statusCode(412);
        given().queryParam("lang", "fr").when().get("/api/v1/organisations/" + partner + "/capabilities").then()
                .statusCode(200).body("items.size()", equalTo(2)).body("items.taType", hasItem("COOPERATION"));
        KafkaTestClient.awaitRecords(Topics.REGISTRY_ORGANISATIONS, r -> partner.equals(r.key())
                && CapabilityChanged.TYPE.equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
    }

    @Test
    void shouldRejectASubtypeForAnInstrumentItDoesNotServeAndAnotherOrganisationsEditor() {
        String partner = RegistryFixtures.organisation("CIVIL_SOCIETY", "KEN");
        given().auth().oauth2(RegistryFixtures.tokenOf("partner", partner)).contentType(ContentType.JSON)
                .body(List.of(capability("TRAINING.FIREARMS_MARKING", "UNTOC"))).header("If-Match", "\"0\"").when()
                .put("/api/v1/organisations/" + partner + "/capabilities").then().statusCode(400)
                .body("violations.field", hasItem("[0].instruments"));
        given().auth().oauth2(RegistryFixtures.tokenOf("partner", RegistryFixtures.newIdentifier()))
                .contentType(ContentType.JSON).body(List.of()).header("If-Match", "\"0\"").when()
                .put("/api/v1/organisations/" + partner + "/capabilities").then().statusCode(403);
    }
}
