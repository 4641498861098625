package org.taplatform.coordination.matching.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organisation as matching sees it: where it works, its languages, what it can deliver, what it has done (as an
 * {@link Experience} lookup of the activities it implemented, so that a score reads it in two hash lookups), what it
 * has funded (the same lookup of the activities it only funded), and what it has pledged.
 */
public record Provider(String identifier, String name, Set<String> countries, Set<String> areas,
        Set<String> languages, List<Capability> capabilities, Experience experience, Experience funded,
        List<Pledge> pledges) {

    /** With its activities split by its role in each: implemented (experience) or only funded. */
    public Provider(String identifier, String name, Set<String> countries, Set<String> areas, Set<String> languages,
            List<Capability> capabilities, List<PastActivity> activities, List<Pledge> pledges) {
        this(identifier, name, countries, areas, languages, capabilities,
                Experience.of(activities.stream().filter(PastActivity::implemented).toList()),
                Experience.of(activities.stream().filter(a -> !a.implemented()).toList()), pledges);
    }

    /**
     * Something it can deliver: a subtype, for instruments, where (no countries and no areas: anywhere; otherwise
     * only there, or anywhere online when {@code online}).
     */
    public record Capability(String taSubtype, String taType, Set<String> instruments, Set<String> countries,
            Set<String> areas, Set<String> languages, boolean online) {

        /** Delivered in person only. */
        public Capability(String taSubtype, String taType, Set<String> instruments, Set<String> countries,
                Set<String> areas, Set<String> languages) {
            this(taSubtype, taType, instruments, countries, areas, languages, false);
        }

        /** Whether it names no place: offered anywhere. */
        public boolean anywhere() {
            return countries.isEmpty() && areas.isEmpty();
        }
    }

    /**
     * An activity it reported or takes part in: its subtypes, where, and whether it implemented it (IATI role
     * implementing or extending, or it reports the activity without naming itself only as a funder) or only funded it.
     */
    public record PastActivity(String iatiIdentifier, Set<String> taSubtypes, Set<String> countries,
            boolean implemented) {

        /** One it implemented. */
        public PastActivity(String iatiIdentifier, Set<String> taSubtypes, Set<String> countries) {
            this(iatiIdentifier, taSubtypes, countries, true);
        }
    }

    /** Funding it pledged: to the need itself, or to the need's country. */
    public record Pledge(java.util.UUID needId, String country, String taSubtype, BigDecimal amount, String currency) {
    }

    /**
     * Its activities by subtype, anywhere and by country; the activity named is the one with the smallest identifier,
     * so that an explanation does not depend on the order activities were read in.
     */
    public record Experience(Map<String, OfSubtype> bySubtype) {

        public static final Experience NONE = new Experience(Map.of());

        /** Of one subtype: an activity anywhere, and one per country. */
        public record OfSubtype(String anywhere, Map<String, String> byCountry) {
        }

        public static Experience of(List<PastActivity> activities) {
            if (activities.isEmpty()) {
                return NONE;
            }
            Map<String, String> anywhere = new HashMap<>();
            Map<String, Map<String, String>> byCountry = new HashMap<>();
            for (PastActivity activity : activities) {
                for (String subtype : activity.taSubtypes()) {
                    anywhere.merge(subtype, activity.iatiIdentifier(), Experience::smaller);
                    for (String country : activity.countries()) {
                        byCountry.computeIfAbsent(subtype, s -> new HashMap<>())
                                .merge(country, activity.iatiIdentifier(), Experience::smaller);
                    }
                }
            }
            Map<String, OfSubtype> bySubtype = new HashMap<>();
            anywhere.forEach((subtype, identifier) -> bySubtype.put(subtype, new OfSubtype(identifier,
                    Map.copyOf(byCountry.getOrDefault(subtype, Map.of())))));
            return new Experience(Map.copyOf(bySubtype));
        }

        /** Of the subtype, or null when it has none. */
        public OfSubtype of(String taSubtype) {
            return bySubtype.get(taSubtype);
        }

        private static String smaller(String a, String b) {
            return a.compareTo(b) <= 0 ? a : b;
        }
    }
}
