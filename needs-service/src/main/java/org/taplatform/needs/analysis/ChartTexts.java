package org.taplatform.needs.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;

import org.taplatform.reference.UnLanguage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The charts' own words (titles, axes, legends) in the six UN languages, from chart-texts.json. */
final class ChartTexts {

    private static final Map<String, Map<String, String>> TEXTS = load();

    private ChartTexts() {
    }

    static String text(String key, UnLanguage language, Object... arguments) {
        Map<String, String> byLanguage = TEXTS.get(key);
        if (byLanguage == null) {
            throw new IllegalArgumentException("no chart text " + key);
        }
        String pattern = byLanguage.getOrDefault(language.tag(), byLanguage.get("en"));
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern.replace("'", "''"), arguments);
    }

    /** The text, or the fallback where there is none for the key (a code the texts do not know yet). */
    static String textOr(String key, UnLanguage language, String fallback) {
        return TEXTS.containsKey(key) ? text(key, language) : fallback;
    }

    private static Map<String, Map<String, String>> load() {
        try (InputStream in = ChartTexts.class.getResourceAsStream("chart-texts.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Map<String, String>> texts = new HashMap<>();
            root.fields().forEachRemaining(entry -> {
                if (entry.getValue().isObject()) {
                    Map<String, String> byLanguage = new HashMap<>();
                    entry.getValue().fields().forEachRemaining(l -> byLanguage.put(l.getKey(), l.getValue().asText()));
                    texts.put(entry.getKey(), byLanguage);
                }
            });
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
