package org.taplatform.console;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What the console talks to, stood in for at the service level (the end-to-end tests use the real ones): Keycloak's
 * discovery document (enough for the console to send a browser to sign in) and needs-service's public analysis
 * answers, as the services write them. Records the last query of each path, and can play needs-service down.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    public static final Map<String, String> LAST_QUERY = new ConcurrentHashMap<>();
    public static volatile boolean needsServiceDown;
    public static final byte[] CHART = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3 };

    private HttpServer server;
    private HttpServer coordination;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String realm = base + "/realms/ta-platform";
        server.createContext("/realms/ta-platform/.well-known/openid-configuration", exchange -> json(exchange, 200, """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/protocol/openid-connect/auth",
                 "token_endpoint": "%1$s/protocol/openid-connect/token",
                 "jwks_uri": "%1$s/protocol/openid-connect/certs",
                 "end_session_endpoint": "%1$s/protocol/openid-connect/logout",
                 "code_challenge_methods_supported": ["S256"]}""".formatted(realm)));
        server.createContext("/realms/ta-platform/protocol/openid-connect/certs",
                exchange -> json(exchange, 200, "{\"keys\": []}"));
        server.createContext("/api/v1/analysis/response-rates", exchange -> needs(exchange, """
                {"language": "en", "rates": [
                  {"cycleId": "c1", "cycle": "Second reporting cycle (2006-2008)", "closed": true, "instrument": "UNTOC",
                   "instrumentLabel": "%s", "expected": 1234, "responded": 82, "rate": 55.0},
                  {"cycleId": "c1", "cycle": "Second reporting cycle (2006-2008)", "closed": true, "instrument": "TIP",
                   "instrumentLabel": "Trafficking in Persons Protocol", "expected": 125, "responded": 70, "rate": 56.0},
                  {"cycleId": "c2", "cycle": "Demonstration cycle 2026", "closed": false, "instrument": "UNTOC",
                   "instrumentLabel": "Organized Crime Convention", "expected": 149, "responded": 1, "rate": 0.7}]}"""
                .formatted(exchange.getRequestURI().getQuery() != null
                        && exchange.getRequestURI().getQuery().contains("lang=ar") ? "اتفاقية الجريمة المنظمة"
                                : "Organized Crime Convention")));
        server.createContext("/api/v1/analysis/needs/by-ta-type", exchange -> {
            if (exchange.getRequestURI().getPath().endsWith(".png")) {
                LAST_QUERY.put("chart", String.valueOf(exchange.getRequestURI().getQuery()));
                chart(exchange);
                return;
            }
            needs(exchange, """
                    {"dimension": "ta-type", "view": "PUBLIC", "total": 300, "cells": [
                      {"code": "TRAINING", "label": "Training/capacity-building", "count": 75, "share": 25.0, "countries": 60},
                      {"code": "LEGAL", "label": "Legal assistance", "count": 60, "share": 20.0, "countries": 40}],
                     "withheld": {"cells": 1, "count": 2, "share": 0.7}}""");
        });
        server.createContext("/api/v1/analysis/needs/by-region", exchange -> {
            if (exchange.getRequestURI().getPath().endsWith(".png")) {
                LAST_QUERY.put("region-chart", String.valueOf(exchange.getRequestURI().getQuery()));
                chart(exchange);
                return;
            }
            if (String.valueOf(exchange.getRequestURI().getQuery()).contains("region=999")) {
                LAST_QUERY.put("by-region", String.valueOf(exchange.getRequestURI().getQuery()));
                json(exchange, 400, "{\"title\": \"Bad Request\", \"status\": 400, "
                        + "\"detail\": \"1 value rejected: region 999 is not an M49 area\"}");
                return;
            }
            needs(exchange, """
                    {"dimension": "region", "view": "PUBLIC", "total": 1234, "cells": [
                      {"code": "002", "label": "Afrique", "count": 1000, "share": 81.0},
                      {"code": "019", "label": "Amériques", "count": 234, "share": 19.0}], "withheld": null}""");
        });
        server.createContext("/api/v1/analysis/needs/by-country", exchange -> {
            LAST_QUERY.put("by-country", String.valueOf(exchange.getRequestURI().getQuery()));
            if (exchange.getRequestURI().getPath().endsWith(".png")) {
                chart(exchange);
                return;
            }
            needs(exchange, """
                    {"dimension": "country", "view": "CONSENT", "total": 5, "cells": [
                      {"code": "KEN", "label": "Kenya", "count": 3, "share": 60.0, "countries": 1},
                      {"code": "COL", "label": "Colombia", "count": 2, "share": 40.0, "countries": 1}]}""");
        });
        SurveyStub.register(server);
        server.createContext("/api/v1/needs", exchange -> {
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            LAST_QUERY.put("needs", query);
            LAST_QUERY.put("needs-authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            if (query.contains("country=XXX")) {
                json(exchange, 400, "{\"title\": \"Bad Request\", \"status\": 400, \"detail\": \"1 value rejected: country XXX is not a country\"}");
                return;
            }
            boolean second = query.contains("cursor=page2");
            json(exchange, 200, """
                    {"items": [{"id": "%s", "country": "KEN", "instrument": "UNTOC", "article": "18",
                      "taSubtype": "LEGAL.DRAFTING", "priority": "HIGH", "status": "OPEN",
                      "description": "%s", "labels": {"country": "Kenya", "taSubtype": "Drafting legislation"}}],
                     "next": %s}""".formatted(second ? "n-2" : "n-1", second ? "Second page need" : "Drafting amendments",
                    second ? "null" : "\"page2\""));
        });
        server.createContext("/api/v1/reference/countries", exchange -> json(exchange, 200, """
                {"items": [{"code": "COL", "name": "Colombia"}, {"code": "KEN", "name": "Kenya"}]}"""));
        server.createContext("/api/v1/reference/instruments", exchange -> json(exchange, 200, """
                {"items": [{"code": "UNTOC", "name": "Organized Crime Convention"}, {"code": "SOM", "name": "Migrants Protocol"}]}"""));
        server.start();
        try {
            coordination = CoordinationStub.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String other = "http://127.0.0.1:" + coordination.getAddress().getPort();
        return Map.of("quarkus.oidc.auth-server-url", realm, "quarkus.rest-client.needs.url", base,
                "quarkus.rest-client.survey.url", base, "quarkus.rest-client.coordination.url", other,
                "quarkus.rest-client.registry.url", other);
    }

    private static void chart(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "image/png");
        exchange.sendResponseHeaders(200, CHART.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(CHART);
        }
    }

    private static void needs(HttpExchange exchange, String body) throws IOException {
        LAST_QUERY.put(exchange.getRequestURI().getPath(), String.valueOf(exchange.getRequestURI().getQuery()));
        if (needsServiceDown) {
            json(exchange, 503, "{\"title\": \"Service Unavailable\"}");
            return;
        }
        json(exchange, 200, body);
    }

    static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        if (coordination != null) {
            coordination.stop(0);
        }
    }
}
