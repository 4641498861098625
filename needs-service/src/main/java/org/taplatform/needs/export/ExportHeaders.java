package org.taplatform.needs.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.taplatform.reference.UnLanguage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The export's column labels in the six UN languages (export-headers.json), for the people who open the XLSX file. */
final class ExportHeaders {

    private static final Map<String, JsonNode> LABELS = load();

    private ExportHeaders() {
    }

    /** The column's label in the language, in English where it has none, its machine name where it has no label. */
    static String label(String column, UnLanguage language) {
        JsonNode labels = LABELS.get(column);
        if (labels == null) {
            return column;
        }
        return labels.path(language.tag()).asText(labels.path("en").asText(column));
    }

    private static Map<String, JsonNode> load() {
        try (InputStream in = ExportHeaders.class.getResourceAsStream("export-headers.json")) {
            Map<String, JsonNode> labels = new HashMap<>();
            new ObjectMapper().readTree(in).fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue()));
            return Map.copyOf(labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
