package org.taplatform.survey.support;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.taplatform.survey.questionnaire.QuestionnaireFiles;
import org.taplatform.testsupport.TestTokens;

import io.restassured.http.ContentType;

/** Builds what a response needs through the public API: a published questionnaire, States parties, an open cycle. */
public final class SurveyFixtures {

    private SurveyFixtures() {
    }

    /** A published version of {@link QuestionnaireFiles#bilingual} for the instrument. */
    public static String publishQuestionnaire(String instrument) {
        var draft = given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON)
                .body(QuestionnaireFiles.bilingual(instrument)).when().post("/api/v1/questionnaires")
                .then().statusCode(201).extract();
        given().auth().oauth2(TestTokens.coordinator()).header("If-Match", draft.header("ETag"))
                .when().post("/api/v1/questionnaires/" + draft.path("id") + "/publish").then().statusCode(200);
        return draft.path("id");
    }

    public static void recordParties(String instrument, String... countries) {
        String entries = Arrays.stream(countries).map(country -> """
                {"instrument": "%s", "country": "%s", "action": "RATIFICATION", "becamePartyOn": "2004-01-01"}"""
                .formatted(instrument, country)).collect(Collectors.joining(",", "[", "]"));
        given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body(entries)
                .when().post("/api/v1/states-parties").then().statusCode(200);
    }

    /** An open 2026 cycle of one instrument with a freshly published questionnaire and the given parties. */
    public static String openCycle(String instrument, String... parties) {
        publishQuestionnaire(instrument);
        recordParties(instrument, parties);
        return given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON).body("""
                {"name": "%s test cycle", "instruments": ["%s"], "periodStart": "2026-01-01",
                 "periodEnd": "2026-12-31", "deadline": "2027-03-31"}
                """.formatted(instrument, instrument))
                .when().post("/api/v1/cycles").then().statusCode(201).extract().path("id");
    }

    /** A draft response; returns its id and ETag. */
    public static Started startResponse(String token, String cycleId, String country, String instrument) {
        var created = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"cycleId": "%s", "country": "%s", "instrument": "%s", "language": "en"}
                """.formatted(cycleId, country, instrument))
                .when().post("/api/v1/responses").then().statusCode(201).extract();
        return new Started(created.path("id"), created.header("ETag"));
    }

    /** Answers to {@link QuestionnaireFiles#bilingual} that complete it, with one need for the UNTOC family. */
    public static String completeAnswers(String consent) {
        return """
                {"answers": {"Q1": "PARTLY", "Q2": "PARTICIPATION", "Q3": ["POLICE", "PROSECUTION"], "Q4": 12,
                  "Q5": "Few investigators are trained.",
                  "Q6": [{"taSubtype": "LEGAL.DRAFTING", "article": "18(13)", "thematicArea": "MUTUAL_LEGAL_ASSISTANCE",
                          "beneficiaryGroups": ["CENTRAL_AUTHORITIES", "PROSECUTORS"], "priority": "HIGH",
                          "description": "Designate the central authority", "consent": "%s"}]}}
                """.formatted(consent);
    }

    /** Saves complete answers and submits; returns the submitted response's ETag. */
    public static String submit(String token, Started response, String consent) {
        String etag = given().auth().oauth2(token).header("If-Match", response.etag()).contentType(ContentType.JSON)
                .body(completeAnswers(consent)).when().put("/api/v1/responses/" + response.id() + "/answers")
                .then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(token).header("If-Match", etag)
                .when().post("/api/v1/responses/" + response.id() + "/submit")
                .then().statusCode(200).extract().header("ETag");
    }

    public record Started(String id, String etag) {
    }
}
