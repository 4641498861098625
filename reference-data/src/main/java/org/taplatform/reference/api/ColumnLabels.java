package org.taplatform.reference.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.taplatform.reference.UnLanguage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The column labels of an export in the six UN languages, for the people who open the XLSX file (a CSV file keeps
 * the machine names, which programs read). Read from a JSON resource beside the export: {@code {"column": {"en":
 * "…", "fr": "…", …}}}.
 */
public final class ColumnLabels {

    private final Map<String, JsonNode> labels;

    private ColumnLabels(Map<String, JsonNode> labels) {
        this.labels = labels;
    }

    /** The labels in the resource, relative to the class that owns the export. */
    public static ColumnLabels of(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " beside " + owner.getName());
            }
            Map<String, JsonNode> labels = new HashMap<>();
            new ObjectMapper().readTree(in).properties().forEach(e -> labels.put(e.getKey(), e.getValue()));
            return new ColumnLabels(Map.copyOf(labels));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column's label in the language, in English where it has none, its machine name where it has no label. */
    public String label(String column, UnLanguage language) {
        JsonNode translations = labels.get(column);
        if (translations == null) {
            return column;
        }
        return translations.path(language.tag()).asText(translations.path("en").asText(column));
    }
}
