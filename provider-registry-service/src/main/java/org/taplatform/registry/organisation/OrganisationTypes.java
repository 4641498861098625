package org.taplatform.registry.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The IATI OrganisationType codelist (iati/organisation-types.json). */
final class OrganisationTypes {

    private static final Map<String, String> NAMES = load();

    private OrganisationTypes() {
    }

    static String name(String code) {
        return NAMES.get(code);
    }

    static boolean exists(String code) {
        return NAMES.containsKey(code);
    }

    private static Map<String, String> load() {
        try (InputStream in = OrganisationTypes.class.getResourceAsStream("/iati/organisation-types.json")) {
            Map<String, String> names = new LinkedHashMap<>();
            for (JsonNode type : new ObjectMapper().readTree(in).path("types")) {
                names.put(type.path("code").asText(), type.path("name").asText());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
