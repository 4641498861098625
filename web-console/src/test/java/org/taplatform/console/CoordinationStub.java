package org.taplatform.console;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * coordination-service and provider-registry-service as the console calls them, on a port of their own (their paths
 * overlap needs-service's): gaps in two pages, a need and its matches, overlap alerts and their settling, the
 * pre-registration check and activity registration. Records each request's method, path, query, If-Match and body.
 */
public final class CoordinationStub {

    /** One request as received. */
    public record Call(String method, String path, String query, String ifMatch, String authorization, String body) {
    }

    public static final List<Call> CALLS = new CopyOnWriteArrayList<>();
    /** The alerts' status, as settling changes them. */
    public static final Map<String, String> ALERT_STATUS = new ConcurrentHashMap<>();
    /** How often the import job was read: it runs for two reads, then is done. */
    public static final java.util.concurrent.atomic.AtomicInteger REBUILD_POLLS = new java.util.concurrent.atomic.AtomicInteger();
    public static final java.util.concurrent.atomic.AtomicInteger IMPORT_POLLS = new java.util.concurrent.atomic.AtomicInteger();

    private CoordinationStub() {
    }

    static HttpServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/gaps", exchange -> {
            Call call = record(exchange);
            if (call.query().contains("country=XXX")) {
                StubServices.json(exchange, 400, "{\"title\": \"Bad Request\", \"status\": 400, "
                        + "\"detail\": \"1 value rejected: country XXX is not a country\"}");
                return;
            }
            boolean second = call.query().contains("cursor=gaps2");
            StubServices.json(exchange, 200, """
                    {"byLevel": {"COVERED": 1, "PARTLY_COVERED": 1, "UNMET": 1234},
                     "gaps": [{"need": {"id": "%s", "country": "KEN", "instrument": "UNTOC", "article": "18",
                        "taSubtype": "LEGAL.DRAFTING", "priority": "HIGH",
                        "coverage": {"level": "%s", "status": "OPEN", "evidence": ["%s"]}},
                       "noCapableOrganisation": %s, "knowledge": {"tools": [{"title": "Model law"}], "lessons": []}}],
                     "next": %s}""".formatted(second ? "g-2" : "g-1", second ? "PARTLY_COVERED" : "UNMET",
                    second ? "an activity under way: XM-DAC-41128-ROEA-1" : "no activity or pledge answers it",
                    second ? "false" : "true", second ? "null" : "\"gaps2\""));
        });
        server.createContext("/api/v1/needs/", exchange -> {
            Call call = record(exchange);
            if (call.path().contains("/needs/hidden")) {
                StubServices.json(exchange, 404, "{\"title\": \"Not Found\", \"status\": 404, "
                        + "\"detail\": \"No need hidden (or not one you may see)\"}");
                return;
            }
            if (call.path().endsWith("/knowledge")) {
                StubServices.json(exchange, 200, """
                        {"tools": [{"id": "t-1", "kind": "MODEL_LAW", "title": "Model Law on Mutual Assistance",
                          "publisher": "UNODC", "language": "en", "link": "https://www.unodc.org/model-law.pdf",
                          "why": "serves LEGAL.DRAFTING, article 18"}],
                         "lessons": [{"activityId": "a-9", "iatiIdentifier": "XM-DAC-41128-ROEA-DEMO-0034",
                          "organisation": "XM-DAC-41128-ROEA", "evaluatedOn": "2026-09-30", "language": "en",
                          "lessons": "Draft with the drafters, not for them", "rating": 5,
                          "why": "same subtype in Kenya, rated 5"}]}""");
                return;
            }
            if (call.path().endsWith("/matches")) {
                StubServices.json(exchange, 200, """
                        {"items": [{"organisation": "XM-DAC-41128-ROEA", "name": "UNODC Regional Office for Eastern Africa",
                          "score": 0.8125, "verification": "VERIFIED", "reasons": [
                            {"component": "capability", "points": 0.5, "weight": 0.5, "fit": 1.0,
                             "why": "offers LEGAL.DRAFTING for UNTOC"},
                            {"component": "region", "points": 0.3125, "weight": 0.25, "fit": 1.0,
                             "why": "works in Eastern Africa"}]}], "next": null}""");
                return;
            }
            StubServices.json(exchange, 200, """
                    {"id": "g-1", "country": "KEN", "instrument": "UNTOC", "article": "18", "taSubtype": "LEGAL.DRAFTING",
                     "priority": "HIGH", "coverage": {"level": "UNMET", "status": "OPEN", "evidence": []}}""");
        });
        server.createContext("/api/v1/countries/", exchange -> {
            Call call = record(exchange);
            if (call.path().contains("/countries/COL/")) {
                StubServices.json(exchange, 403, "{\"title\": \"Forbidden\", \"status\": 403, "
                        + "\"detail\": \"A focal point of KEN sees KEN only\"}");
                return;
            }
            StubServices.json(exchange, 200, """
                    {"country": "KEN", "name": "Kenya", "asOf": "2026-11-20T09:30:00Z",
                     "needsByLevel": {"PARTLY_COVERED": 1, "UNMET": 2},
                     "needs": [{"need": {"id": "g-1", "country": "KEN", "instrument": "UNTOC", "article": "18",
                        "taSubtype": "LEGAL.DRAFTING", "priority": "HIGH",
                        "coverage": {"level": "UNMET", "status": "OPEN", "evidence": []}},
                       "noCapableOrganisation": false,
                       "topMatches": [{"organisation": "XM-DAC-41128-ROEA", "name": "UNODC ROEA", "score": 0.8125}],
                       "knowledge": {"tools": [{"title": "Model Law"}], "lessons": []}}],
                     "activities": [{"iatiIdentifier": "XM-DAC-41128-ROEA-DEMO-0079", "organisation": "XM-DAC-41128-ROEA",
                       "titles": {"en": "Drafting legislation on confiscation"}, "status": "2",
                       "start": "2026-01-01", "end": "2026-04-28"}],
                     "overlapAlerts": [%s],
                     "openRequests": [{"id": "r-1", "summary": "Help drafting the confiscation law", "status": "FORWARDED",
                       "createdAt": "2026-11-02T08:00:00Z"}]}""".formatted(alert("a-1")));
        });
        server.createContext("/api/v1/iati/imports", exchange -> {
            Call call = record(exchange);
            if ("POST".equals(call.method())) {
                if (!call.body().contains("<iati-activities")) {
                    StubServices.json(exchange, 415, "{\"title\": \"Unsupported Media Type\", \"status\": 415, "
                            + "\"detail\": \"Not an IATI activity file\"}");
                    return;
                }
                StubServices.json(exchange, 202, "{\"id\": \"job-1\", \"status\": \"QUEUED\"}");
                return;
            }
            IMPORT_POLLS.incrementAndGet();
            boolean done = IMPORT_POLLS.get() > 2;
            StubServices.json(exchange, 200, """
                    {"id": "job-1", "fileName": "activities.xml", "status": "%s", "activitiesDone": %d,
                     "activitiesTotal": 1200, "created": 1190, "updated": 0, "unchanged": 0, "skipped": 8,
                     "rejected": 2, "unclassified": 3, "notes": ["the file declares no version: read as 2.03"],
                     "report": [{"iatiIdentifier": "XM-DAC-41128-ROEA-X", "outcome": "REJECTED",
                                 "reasons": ["recipient-country XX is not a country"]}]}"""
                    .formatted(done ? "DONE" : "RUNNING", done ? 1200 : 600));
        });
        server.createContext("/api/v1/pledges", exchange -> {
            Call call = record(exchange);
            if ("POST".equals(call.method())) {
                if (call.body().contains("\"amount\":0")) {
                    StubServices.json(exchange, 400, """
                            {"title": "Bad Request", "status": 400, "detail": "1 value rejected",
                             "violations": [{"field": "amount", "in": "body", "message": "must be more than 0"}]}""");
                    return;
                }
                StubServices.json(exchange, 201, "{\"id\": \"p-2\"}");
                return;
            }
            StubServices.json(exchange, 200, """
                    {"items": [{"id": "p-1", "donor": "XI-IATI-NORLANDMFA", "country": "KEN", "needId": "g-1",
                      "amount": 30000.5, "currency": "USD", "status": "COMMITTED", "createdAt": "2026-11-02T08:00:00Z"}],
                     "next": null}""");
        });
        server.createContext("/api/v1/subscriptions", exchange -> {
            Call call = record(exchange);
            if ("POST".equals(call.method()) && call.path().endsWith("/redeliver")) {
                if (call.path().contains("/d-1/")) {
                    StubServices.json(exchange, 200, "{\"id\": \"d-1\", \"status\": \"PENDING\"}");
                } else {
                    StubServices.json(exchange, 409, """
                            {"title": "Conflict", "status": 409, "detail": "Only a dead delivery is sent again; this one is DELIVERED"}""");
                }
                return;
            }
            if ("POST".equals(call.method())) {
                if (call.body().contains("localhost")) {
                    StubServices.json(exchange, 400, """
                            {"title": "Bad Request", "status": 400, "detail": "1 value rejected",
                             "violations": [{"field": "callbackUrl", "in": "body",
                                             "message": "must be an address on the internet"}]}""");
                    return;
                }
                StubServices.json(exchange, 201, """
                        {"secret": "whsec_c2VjcmV0LW9uY2U=", "subscription": {"id": "s-2"}}""");
                return;
            }
            if ("DELETE".equals(call.method())) {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
                return;
            }
            if (call.path().endsWith("/deliveries")) {
                StubServices.json(exchange, 200, """
                        {"items": [{"id": "d-1", "webhookId": "msg_d-1", "eventType": "ta.needs.need.registered.v1",
                          "status": "DEAD", "attempts": 2, "lastStatusCode": 500, "lastError": "Internal Server Error",
                          "createdAt": "2026-11-02T08:00:00Z", "log": [
                            {"attempt": 1, "at": "2026-11-02T08:00:01Z", "statusCode": 500, "durationMs": 1234},
                            {"attempt": 2, "at": "2026-11-02T08:00:31Z", "error": "connection refused", "durationMs": 3}]},
                         {"id": "d-2", "webhookId": "msg_d-2", "eventType": "ta.coordination.need.notice.v1",
                          "status": "DELIVERED", "attempts": 1, "lastStatusCode": 204,
                          "createdAt": "2026-11-03T09:15:00Z", "deliveredAt": "2026-11-03T09:15:02Z", "log": [
                            {"attempt": 1, "at": "2026-11-03T09:15:02Z", "statusCode": 204, "durationMs": 40}]}],
                         "next": null}""");
                return;
            }
            StubServices.json(exchange, 200, """
                    {"items": [{"id": "s-1", "callbackUrl": "https://donor.example/hooks", "kinds": ["NEED", "GAP"],
                      "countries": ["KEN"], "active": true, "description": "our grants system"}], "next": null}""");
        });
        server.createContext("/api/v1/competent-authorities", exchange -> {
            Call call = record(exchange);
            if (call.path().endsWith("/export/xlsx")) {
                byte[] sheet = { 'P', 'K', 3, 4 };
                exchange.getResponseHeaders().add("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                exchange.sendResponseHeaders(200, sheet.length);
                exchange.getResponseBody().write(sheet);
                exchange.close();
                return;
            }
            StubServices.json(exchange, 200, """
                    {"items": [{"id": "ca-1", "country": "KEN", "name": "Office of the Attorney General",
                      "designations": [{"code": "MLA_CENTRAL_AUTHORITY", "label": "Central authority for mutual legal assistance"}],
                      "channels": [{"kind": "EMAIL", "value": "mla@ag.example.ke", "note": "requests in English"}],
                      "languages": ["en", "sw"], "officeHours": "08:00-17:00", "timeZone": "Africa/Nairobi",
                      "lastConfirmedOn": "2025-03-01", "stale": true}], "next": null}""");
        });
        server.createContext("/api/v1/tools", exchange -> {
            record(exchange);
            StubServices.json(exchange, 200, """
                    {"items": [{"id": "t-1", "kind": "MODEL_LAW", "publisher": "UNODC", "publishedOn": "2012",
                      "titles": {"en": "Model Law on Mutual Assistance in Criminal Matters",
                                 "fr": "Loi type sur l'entraide judiciaire en matière pénale"},
                      "instruments": ["UNTOC"], "articles": ["18"],
                      "links": {"en": "https://www.unodc.org/en/model-law.pdf", "fr": "https://www.unodc.org/fr/loi-type.pdf"}}],
                     "next": "tools2"}""");
        });
        server.createContext("/api/v1/requests", exchange -> {
            Call call = record(exchange);
            String path = call.path();
            if ("POST".equals(call.method()) && path.equals("/api/v1/requests")) {
                if (call.body().contains("\"needIds\":[]")) {
                    StubServices.json(exchange, 400, """
                            {"title": "Bad Request", "status": 400, "detail": "1 value rejected",
                             "violations": [{"field": "needIds", "in": "body", "message": "must not be empty"}]}""");
                    return;
                }
                StubServices.json(exchange, 201, "{\"id\": \"rq-2\", \"status\": \"SUBMITTED\"}");
                return;
            }
            if ("POST".equals(call.method())) {
                if (!"\"4\"".equals(call.ifMatch()) && !path.contains("/withdraw") && !path.endsWith("/offers")) {
                    StubServices.json(exchange, 412, "{\"title\": \"Precondition Failed\", \"status\": 412}");
                    return;
                }
                StubServices.json(exchange, 200, request("FORWARDED"));
                return;
            }
            if (path.equals("/api/v1/requests")) {
                StubServices.json(exchange, 200, "{\"items\": [" + request("FORWARDED") + "], \"next\": null}");
                return;
            }
            StubServices.json(exchange, 200, request("FORWARDED"));
        });
        server.createContext("/api/v1/read-models/rebuilds", exchange -> {
            Call call = record(exchange);
            if ("POST".equals(call.method())) {
                StubServices.json(exchange, 202, "{\"id\": \"rb-1\", \"status\": \"RUNNING\"}");
                return;
            }
            boolean done = REBUILD_POLLS.incrementAndGet() > 1;
            StubServices.json(exchange, 200, """
                    {"id": "rb-1", "mode": "VERIFY", "status": "%s", "percent": %d, "appliedEvents": %d,
                     "totalEvents": 2000, "differences": {"need_read_model": 0, "activity_read_model": 2}}"""
                    .formatted(done ? "SUCCEEDED" : "RUNNING", done ? 100 : 40, done ? 2000 : 800));
        });
        server.createContext("/api/v1/overlaps/check", exchange -> {
            Call call = record(exchange);
            // a title with "duplicate" in it is like a registered activity; any other is new work
            StubServices.json(exchange, 200, call.body().contains("duplicate") ? """
                    {"overlaps": [{"iatiIdentifier": "XI-IATI-IICJ-MLA-1", "organisation": "XI-IATI-IICJ",
                      "severity": "HIGH", "similarity": 0.82,
                      "evidence": ["same country KEN, dates overlap 2027-01-10..2027-06-30",
                                   "alike titles: mutual legal assistance training prosecutors"]}],
                     "linked": []}""" : "{\"overlaps\": [], \"linked\": []}");
        });
        server.createContext("/api/v1/activities", exchange -> {
            Call call = record(exchange);
            if (call.path().startsWith("/api/v1/activities/act-1")) {
                if ("PUT".equals(call.method())) {
                    StubServices.json(exchange, "\"7\"".equals(call.ifMatch()) ? 200 : 412,
                            "\"7\"".equals(call.ifMatch()) ? "{\"version\": 8}" : "{\"status\": 412}");
                    return;
                }
                StubServices.json(exchange, 200, """
                        {"version": 7, "activity": {"activityId": "act-1", "iatiIdentifier": "XM-DAC-41128-ROEA-MLA-1",
                          "reportingOrganisation": "XM-DAC-41128-ROEA", "titles": {"en": "MLA training", "fr": "Formation"},
                          "descriptions": {"en": "Workshops"}, "status": "2", "plannedStart": "2027-01-10",
                          "plannedEnd": "2027-06-30", "recipientCountries": [{"code": "KEN", "percentage": 100}],
                          "taSubtypes": ["LEGAL.DRAFTING"], "budget": {"amount": 120000, "currency": "USD",
                          "valueDate": "2027-01-10"}, "transactions": [{"type": "2", "value": 50000}],
                          "participants": [{"identifier": "XM-DAC-41128-ROEA", "name": "UNODC ROEA", "role": "4"}]}}""");
                return;
            }
            if ("POST".equals(call.method())) {
                if (call.body().contains("\"localId\":\"TAKEN\"")) {
                    StubServices.json(exchange, 400, """
                            {"title": "Bad Request", "status": 400, "detail": "1 value rejected",
                             "violations": [{"field": "localId", "in": "body", "message": "is registered already"}]}""");
                    return;
                }
                StubServices.json(exchange, 201, """
                        {"activity": {"iatiIdentifier": "XM-DAC-41128-ROEA-NEW-1"}, "version": 0}""");
                return;
            }
            StubServices.json(exchange, 200, """
                    {"items": [{"activity": {"iatiIdentifier": "XM-DAC-41128-ROEA-DEMO-0001",
                       "titles": {"en": "Drafting legislation on participation in an organized criminal group",
                                  "fr": "Rédaction de la législation"}, "status": "3",
                       "recipientCountries": [{"code": "RWA"}], "plannedStart": "2024-08-01",
                       "plannedEnd": "2024-11-28"}, "statusName": "Finalisation", "version": 2}],
                     "next": null}""");
        });
        server.createContext("/api/v1/organisations/", exchange -> {
            record(exchange);
            StubServices.json(exchange, 200, """
                    {"identifier": "XM-DAC-41128-ROEA", "name": "UNODC Regional Office for Eastern Africa"}""");
        });
        server.createContext("/api/v1/overlap-alerts", exchange -> {
            Call call = record(exchange);
            String path = call.path();
            if (path.equals("/api/v1/overlap-alerts")) {
                StubServices.json(exchange, 200, """
                        {"items": [%s], "next": null}""".formatted(alert("a-1")));
                return;
            }
            String id = path.split("/")[4];
            if (path.endsWith("/merge") || path.endsWith("/dismiss") || path.endsWith("/acknowledge")) {
                if (!"\"3\"".equals(call.ifMatch())) {
                    StubServices.json(exchange, 412, "{\"title\": \"Precondition Failed\", \"status\": 412}");
                    return;
                }
                if (!path.endsWith("/acknowledge") && call.body().contains("\"reason\":\"\"")) {
                    StubServices.json(exchange, 400, """
                            {"title": "Bad Request", "status": 400, "detail": "1 value rejected",
                             "violations": [{"field": "reason", "in": "body", "message": "must not be blank"}]}""");
                    return;
                }
                if (id.equals("a-readonly")) {
                    StubServices.json(exchange, 403, "{\"title\": \"Forbidden\", \"status\": 403}");
                    return;
                }
                ALERT_STATUS.put(id, path.endsWith("/merge") ? "MERGED" : path.endsWith("/dismiss") ? "DISMISSED"
                        : "ACKNOWLEDGED");
                StubServices.json(exchange, 200, alert(id));
                return;
            }
            StubServices.json(exchange, 200, alert(id));
        });
        server.start();
        return server;
    }

    private static String request(String status) {
        return """
                {"id": "rq-1", "country": "KEN", "summary": "Help drafting the confiscation law", "status": "%s",
                 "needIds": ["g-1"], "forwardedTo": ["XM-DAC-41128-ROEA"], "requestedBy": "focal-ken",
                 "createdAt": "2026-11-02T08:00:00Z", "version": 4,
                 "offers": [{"id": "of-1", "organisation": "XM-DAC-41128-ROEA", "title": "Legislative drafting mission",
                   "scope": "Two missions and a review of the draft", "plannedStart": "2027-02-01",
                   "plannedEnd": "2027-05-31", "amount": 45000, "currency": "USD", "status": "SUBMITTED"}],
                 "history": [{"at": "2026-11-02T08:00:00Z", "actor": "focal-ken", "to": "SUBMITTED"}]}"""
                .formatted(status);
    }

    private static String alert(String id) {
        return """
                {"id": "%s", "severity": "HIGH", "status": "%s", "similarity": 0.82, "countries": ["KEN"],
                 "activity": {"iatiIdentifier": "XM-DAC-41128-ROEA-MLA-1", "organisation": "XM-DAC-41128-ROEA"},
                 "otherActivity": {"iatiIdentifier": "XI-IATI-IICJ-MLA-1", "organisation": "XI-IATI-IICJ"},
                 "evidence": ["alike titles: mutual legal assistance training prosecutors"],
                 "detectedAt": "2026-11-20T09:30:00Z", "version": 3,
                 "history": [{"at": "2026-11-20T09:30:00Z", "actor": "coordination", "from": null, "to": "OPEN",
                              "reason": "detected"}]}""".formatted(id, ALERT_STATUS.getOrDefault(id, "OPEN"));
    }

    static Call record(HttpExchange exchange) throws IOException {
        Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                String.valueOf(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders().getFirst("If-Match"),
                exchange.getRequestHeaders().getFirst("Authorization"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        CALLS.add(call);
        return call;
    }

    /** The last call of this method to a path that starts with this. */
    public static Call last(String method, String pathStart) {
        for (int i = CALLS.size() - 1; i >= 0; i--) {
            if (CALLS.get(i).method().equals(method) && CALLS.get(i).path().startsWith(pathStart)) {
                return CALLS.get(i);
            }
        }
        return null;
    }

    /** The last call to a path that starts with this. */
    public static Call last(String pathStart) {
        for (int i = CALLS.size() - 1; i >= 0; i--) {
            if (CALLS.get(i).path().startsWith(pathStart)) {
                return CALLS.get(i);
            }
        }
        return null;
    }
}
