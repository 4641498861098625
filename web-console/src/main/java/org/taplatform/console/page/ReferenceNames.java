package org.taplatform.console.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taplatform.console.api.NeedsApi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The names of the reference data's codes in a language (UN names of States, the instruments, the TA taxonomy), read
 * from the public reference API once per language: they change only with a release of the platform, and every page
 * that lists needs names them.
 */
@ApplicationScoped
public class ReferenceNames {

    /** A filter's choices: code and name, and whether it is the one applied. */
    public record Choice(String code, String name, boolean selected) {
    }

    /** One language's names. */
    public record Names(Map<String, String> countries, Map<String, String> instruments, Map<String, String> taTypes,
            Map<String, String> taSubtypes) {

        public String country(String code) {
            return countries.getOrDefault(code, code);
        }

        public String taSubtype(String code) {
            return taSubtypes.getOrDefault(code, code);
        }

        public List<Choice> countryChoices(String selected) {
            return choices(countries, selected);
        }

        public List<Choice> instrumentChoices(String selected) {
            return choices(instruments, selected);
        }

        public List<Choice> taTypeChoices(String selected) {
            return choices(taTypes, selected);
        }

        private static List<Choice> choices(Map<String, String> names, String selected) {
            List<Choice> choices = new ArrayList<>();
            names.forEach((code, name) -> choices.add(new Choice(code, name, code.equals(selected))));
            return choices;
        }
    }

    @RestClient
    NeedsApi api;

    private final Map<String, Names> byLanguage = new ConcurrentHashMap<>();

    public Names in(String language) {
        return byLanguage.computeIfAbsent(language, this::read);
    }

    private Names read(String language) {
        Map<String, String> subtypes = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (JsonNode type : api.taTypes(language).path("items")) {
            types.put(type.path("code").asText(), type.path("name").asText());
            type.path("subtypes").forEach(s -> subtypes.put(s.path("code").asText(), s.path("name").asText()));
        }
        return new Names(names(api.countries(language)), names(api.instruments(language)), types, subtypes);
    }

    private static Map<String, String> names(JsonNode page) {
        Map<String, String> names = new LinkedHashMap<>();
        page.path("items").forEach(item -> names.put(item.path("code").asText(), item.path("name").asText()));
        return names;
    }
}
