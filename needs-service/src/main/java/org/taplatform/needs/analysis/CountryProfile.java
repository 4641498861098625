package org.taplatform.needs.analysis;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.needs.need.NeedView;

/**
 * A country's needs in a cycle, by type, compared with its previous cycle: needs stated for the first time (new),
 * stated again (persisting), and no longer stated (resolved). A need is "the same" across cycles when its instrument and
 * TA subtype are (States word the same need differently from one cycle to the next, and name other areas).
 */
public record CountryProfile(
        @Schema(example = "KEN") String country,
        @Schema(example = "Kenya") String countryLabel,
        @Schema(example = "en") String language,
        @Schema(description = "the cycle profiled: the one asked for, else the latest in which the country has needs") CycleRef cycle,
        @Schema(description = "the cycle before it, if any") CycleRef previousCycle,
        @Schema(description = "the cycle's needs, and open needs recorded outside any cycle") List<NeedView> needs,
        List<TypeRow> byType,
        @Schema(description = "needs of the cycle compared with the previous cycle's") Comparison comparison,
        @Schema(description = "when the needs register (needs, reporting cycles and their reporters) last changed: the data this answer is computed from") java.time.Instant asOf) {

    public record CycleRef(UUID id, String name) {
    }

    public record TypeRow(String code, String label, int needs, int newNeeds, int persisting, int resolved) {
    }

    public record Comparison(List<Item> newNeeds, List<Item> persisting, List<Item> resolved) {
    }

    @Schema(name = "ProfileNeed")
    public record Item(String instrument, String taType, String taSubtype, String thematicArea, String label) {
    }
}
