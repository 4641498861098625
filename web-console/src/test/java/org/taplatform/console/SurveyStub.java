package org.taplatform.console;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * survey-service as the console calls it, for one State (COL) in one open cycle: its cycles, its responses, a
 * questionnaire of two parts (article 6 with its measures, the legislation cited and its needs; a general part), and a
 * response that keeps what is saved and reports, as the service does, what is missing or does not fit.
 */
public final class SurveyStub {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The last answers saved, and the requests' Authorization headers, for the tests to read. */
    public static final Map<String, JsonNode> SAVED = new ConcurrentHashMap<>();
    public static volatile boolean submitted;
    private static volatile ObjectNode answers = JSON.createObjectNode();
    private static volatile int version = 1;

    private SurveyStub() {
    }

    public static void reset() {
        answers = JSON.createObjectNode();
        version = 1;
        submitted = false;
        SAVED.clear();
    }

    static void register(HttpServer server) {
        server.createContext("/api/v1/cycles/cy-old/statistics", exchange -> StubServices.json(exchange, 200, """
                {"cycleId": "cy-old", "name": "Second reporting cycle (2006-2008)", "status": "CLOSED", "instruments": [
                  {"instrument": "UNTOC", "expected": 3, "responded": 2, "rate": 66.7,
                   "respondents": ["KEN", "COL"], "nonRespondents": ["ZZZ"]}]}"""));
        server.createContext("/api/v1/cycles", exchange -> StubServices.json(exchange, 200, """
                {"items": [{"id": "cy-open", "name": "Demonstration cycle 2026", "status": "OPEN",
                  "instruments": [{"instrument": "SOM"}, {"instrument": "TIP"}]},
                 {"id": "cy-old", "name": "Second reporting cycle (2006-2008)", "status": "CLOSED",
                  "periodStart": "2006-02-01", "periodEnd": "2008-06-30", "instruments": [{"instrument": "UNTOC"}]}]}"""));
        server.createContext("/api/v1/reference/ta-types", exchange -> StubServices.json(exchange, 200, """
                {"items": [{"code": "REPORTING", "name": "Reporting", "subtypes": [{"code": "REPORTING.LEGISLATION_REVIEW",
                  "name": "Review of legislation for reporting", "instruments": ["UNTOC", "TIP", "SOM", "FIREARMS"]}]},
                 {"code": "LEGAL", "name": "Legal assistance", "subtypes": [{"code": "LEGAL.DRAFTING",
                  "name": "Drafting legislation", "instruments": ["UNTOC", "TIP", "SOM", "FIREARMS"]}]}]}"""));
        server.createContext("/api/v1/questionnaires/q-som/preview", exchange -> StubServices.json(exchange, 200,
                preview(exchange.getRequestURI().getQuery())));
        server.createContext("/api/v1/responses", SurveyStub::responses);
    }

    private static String preview(String query) {
        boolean spanish = query != null && query.contains("lang=es");
        return """
                {"title": "%s", "sections": [
                 {"code": "A6", "title": "%s", "article": "6", "questions": [
                  {"code": "A6.1", "type": "YES_NO_PARTLY", "required": true, "label": "%s"},
                  {"code": "A6.2", "type": "TEXT", "required": false, "label": "Cite the legislation",
                   "requiredWhen": {"question": "A6.1", "answers": ["YES", "PARTLY"]}},
                  {"code": "A6.TA", "type": "NEEDS", "required": false, "label": "Needs for article 6",
                   "taSubtypes": [{"code": "LEGAL.DRAFTING", "label": "%s"}]}]},
                 {"code": "G", "title": "General", "questions": [
                  {"code": "G.1", "type": "SINGLE_CHOICE", "required": true, "label": "Which authority coordinates?",
                   "choices": [{"code": "MINISTRY_OF_JUSTICE", "label": "Ministry of Justice"},
                               {"code": "INTERAGENCY_BODY", "label": "An inter-agency body"}]},
                  {"code": "G.TA", "type": "NEEDS", "required": false, "label": "Other needs"}]}]}"""
                .formatted(spanish ? "Lista de verificación: Protocolo contra el tráfico ilícito de migrantes"
                        : "Self-assessment checklist: Migrants Protocol",
                        spanish ? "Artículo 6. Penalización" : "Article 6. Criminalization",
                        spanish ? "¿Ha adoptado su país las medidas que exige el artículo 6?"
                                : "Has your country adopted the measures that article 6 requires?",
                        spanish ? "Asistencia en la redacción de legislación" : "Drafting legislation");
    }

    private static void responses(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        SAVED.put("authorization", JSON.getNodeFactory().textNode(
                String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))));
        if (path.equals("/api/v1/responses") && method.equals("GET")) {
            StubServices.json(exchange, 200, """
                    {"items": [{"id": "r-tip", "instrument": "TIP", "status": "SUBMITTED", "revision": 1}]}""");
        } else if (path.equals("/api/v1/responses") && method.equals("POST")) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            SAVED.put("start", body);
            if (!"SOM".equals(body.path("instrument").asText())) {
                StubServices.json(exchange, 403, """
                        {"title": "Forbidden", "status": 403, "detail": "COL is not expected to report on %s in this cycle"}"""
                        .formatted(body.path("instrument").asText()));
                return;
            }
            StubServices.json(exchange, 201, response());
        } else if (path.equals("/api/v1/responses/r-som") && method.equals("GET")) {
            exchange.getResponseHeaders().add("ETag", "\"" + version + "\"");
            StubServices.json(exchange, 200, response());
        } else if (path.equals("/api/v1/responses/r-som/answers") && method.equals("PUT")) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            SAVED.put("answers", body);
            if (!("\"" + version + "\"").equals(exchange.getRequestHeaders().getFirst("If-Match"))) {
                StubServices.json(exchange, 412, "{\"title\": \"Precondition Failed\", \"status\": 412}");
                return;
            }
            if (body.path("answers").path("A6.2").asText().length() > 40) {
                StubServices.json(exchange, 400, """
                        {"title": "Bad Request", "status": 400, "violations": [{"field": "answers.A6.2", "in": "body",
                          "message": "is %d characters long; at most 40"}]}"""
                        .formatted(body.path("answers").path("A6.2").asText().length()));
                return;
            }
            answers = (ObjectNode) body.path("answers");
            version++;
            exchange.getResponseHeaders().add("ETag", "\"" + version + "\"");
            StubServices.json(exchange, 200, response());
        } else if (path.equals("/api/v1/responses/r-som/amendments") && method.equals("POST")) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            SAVED.put("amendment", body);
            if (body.path("reason").asText().isBlank()) {
                StubServices.json(exchange, 400, """
                        {"title": "Bad Request", "status": 400, "violations": [{"field": "reason", "in": "body",
                          "message": "must not be blank"}]}""");
                return;
            }
            answers = (ObjectNode) body.path("answers");
            version++;
            StubServices.json(exchange, 200, response());
        } else if (path.equals("/api/v1/responses/r-som/revisions") && method.equals("GET")) {
            StubServices.json(exchange, 200, """
                    {"items": [{"revision": 1, "kind": "SUBMISSION", "author": "focal-col", "recordedAt": "2026-12-05T10:00:00Z"}%s]}"""
                    .formatted(SAVED.containsKey("amendment") && !SAVED.get("amendment").path("reason").asText().isBlank()
                            ? ", {\"revision\": 2, \"kind\": \"AMENDMENT\", \"author\": \"focal-col\", \"recordedAt\": \"2026-12-05T11:00:00Z\", \"reason\": \""
                                    + SAVED.get("amendment").path("reason").asText() + "\"}"
                            : ""));
        } else if (path.equals("/api/v1/responses/r-som/submit") && method.equals("POST")) {
            if (!report().path("complete").asBoolean()) {
                StubServices.json(exchange, 422, "{\"title\": \"Unprocessable\", \"status\": 422, \"report\": "
                        + report() + "}");
                return;
            }
            submitted = true;
            version++;
            StubServices.json(exchange, 200, response());
        } else {
            StubServices.json(exchange, 404, "{\"title\": \"Not Found\", \"status\": 404}");
        }
    }

    private static String response() {
        ObjectNode response = JSON.createObjectNode().put("id", "r-som").put("cycleId", "cy-open").put("country", "COL")
                .put("instrument", "SOM").put("questionnaireId", "q-som").put("status", submitted ? "SUBMITTED" : "DRAFT")
                .put("revision", submitted ? 1 : 0);
        response.set("answers", answers);
        response.set("report", report());
        return response.toString();
    }

    /** As the service reports: A6.1 and G.1 always required, A6.2 when A6.1 is YES or PARTLY. */
    private static ObjectNode report() {
        ObjectNode report = JSON.createObjectNode();
        ArrayNode checks = report.putArray("checks");
        boolean complete = true;
        for (String code : new String[] { "A6.1", "A6.2", "G.1" }) {
            boolean required = !code.equals("A6.2") || java.util.Set.of("YES", "PARTLY")
                    .contains(answers.path("A6.1").asText());
            boolean missing = required && !answers.hasNonNull(code);
            complete &= !missing;
            ObjectNode check = checks.addObject().put("code", code).put("status", missing ? "MISSING" : "ANSWERED");
            ArrayNode problems = check.putArray("problems");
            if (missing) {
                problems.add(code.equals("A6.2") ? "an answer is required when A6.1 is YES or PARTLY"
                        : "an answer is required");
                // the codes beside the texts (A6.1's left without, as an older service would answer)
                if (code.equals("A6.2")) {
                    check.putArray("issues").addObject().put("code", "REQUIRED_WHEN").putObject("values")
                            .put("question", "A6.1").put("answers", "YES PARTLY");
                } else if (code.equals("G.1")) {
                    check.putArray("issues").addObject().put("code", "REQUIRED").putObject("values");
                }
            }
        }
        report.put("complete", complete).put("valid", true);
        return report;
    }
}
