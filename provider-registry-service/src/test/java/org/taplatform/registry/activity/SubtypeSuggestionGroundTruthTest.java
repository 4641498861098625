package org.taplatform.registry.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.taplatform.events.registry.ActivitySnapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The suggestions a coordinator acts on when classifying an imported activity, measured against activities labelled
 * by hand (classification/labelled-activities.json): how often the first suggestion is one a coordinator would accept,
 * how often one of the three is, and how often the instruments named are exactly the right ones. Prints its figures.
 */
class SubtypeSuggestionGroundTruthTest {

    @Test
    void shouldSuggestWhatACoordinatorWouldAcceptForLabelledActivities() throws IOException {
        JsonNode labelled;
        try (InputStream in = getClass().getResourceAsStream("/classification/labelled-activities.json")) {
            labelled = new ObjectMapper().readTree(in);
        }
        Precision tuning = measure("written with the hints", labelled.path("activities"));
        Precision heldOut = measure("held out", labelled.path("heldOut"));
        // the held-out set is the honest figure; the tuning set shows the hints still do what they were written for
        assertThat(tuning.amongThree()).isGreaterThanOrEqualTo(0.9);
        assertThat(heldOut.amongThree()).as("one of the three suggestions acceptable").isGreaterThanOrEqualTo(0.8);
        assertThat(heldOut.first()).as("the first suggestion acceptable").isGreaterThanOrEqualTo(0.6);
        assertThat(heldOut.instruments()).as("instruments named exactly").isGreaterThanOrEqualTo(0.7);
    }

    private record Precision(double first, double amongThree, double instruments) {
    }

    private static Precision measure(String set, JsonNode items) {
        int total = 0;
        int firstRight = 0;
        int amongThree = 0;
        int instrumentsRight = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode item : items) {
            total++;
            List<String> accepted = strings(item.path("subtypes"));
            SubtypeSuggester.Suggestions suggestions = SubtypeSuggester.instance().suggest(activity(item));
            List<String> suggested = suggestions.taSubtypes().stream().map(SubtypeSuggester.Suggestion::taSubtype)
                    .toList();
            if (!suggested.isEmpty() && accepted.contains(suggested.get(0))) {
                firstRight++;
            }
            if (suggested.stream().anyMatch(accepted::contains)) {
                amongThree++;
            } else {
                misses.add(item.path("title").asText() + " -> " + suggested);
            }
            if (new java.util.HashSet<>(suggestions.instruments()).equals(new java.util.HashSet<>(strings(item.path(
                    "instruments"))))) {
                instrumentsRight++;
            } else {
                misses.add(item.path("title").asText() + " -> instruments " + suggestions.instruments());
            }
        }
        Precision precision = new Precision((double) firstRight / total, (double) amongThree / total,
                (double) instrumentsRight / total);
        System.out.printf("Subtype suggestions, %d activities %s: first suggestion accepted %.2f, one of three"
                + " accepted %.2f; instruments exactly right %.2f%n", total, set, precision.first(),
                precision.amongThree(), precision.instruments());
        misses.forEach(miss -> System.out.println("  missed: " + miss));
        return precision;
    }

    @Test
    void shouldSuggestNothingForWorkOutsideTheTaxonomy() {
        ActivitySnapshot schools = new ActivitySnapshot(UUID.randomUUID(), "XI-TEST-1", "XI-TEST", Map.of("en",
                "Primary school construction in rural districts"), Map.of("en", "Classrooms and latrines"), "2",
                LocalDate.of(2026, 1, 1), null, null, null, List.of(), List.of(), List.of(),
                List.of(new ActivitySnapshot.Sector("11220", BigDecimal.valueOf(100))), List.of(), List.of(), List.of(),
                List.of(), List.of(), null);
        assertThat(SubtypeSuggester.instance().suggest(schools).taSubtypes()).isEmpty();
    }

    private static ActivitySnapshot activity(JsonNode item) {
        List<ActivitySnapshot.Sector> sectors = strings(item.path("sectors")).stream()
                .map(code -> new ActivitySnapshot.Sector(code, null)).toList();
        Map<String, String> descriptions = item.has("description") ? Map.of("en", item.path("description").asText())
                : Map.of();
        return new ActivitySnapshot(UUID.randomUUID(), "XI-TEST-1", "XI-TEST", Map.of("en", item.path("title")
                .asText()), descriptions, "2", LocalDate.of(2026, 1, 1), null, null, null, List.of(), List.of(),
                List.of(), sectors, List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
