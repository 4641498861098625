package org.taplatform.coordination.country;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.coordination.need.NeedReadModelView;
import org.taplatform.coordination.overlap.OverlapAlertView;
import org.taplatform.coordination.request.RequestView;

/** Everything coordination knows about one country, within the reader's rights, in one answer. */
@Schema(name = "CountryCoordination")
public record CountryCoordinationView(@Schema(examples = "KEN") String country, @Schema(examples = "Kenya") String name,
        Instant generatedAt,
        @Schema(description = "the visible needs by coverage level", examples = "{\"COVERED\": 2, \"PARTLY_COVERED\": 3, \"UNMET\": 7}") Map<String, Long> needsByLevel,
        List<NeedEntry> needs, List<ActivityEntry> activities, List<OverlapAlertView> overlapAlerts,
        List<RequestView> openRequests,
        @Schema(description = "when what this view shows last changed (its needs, activities, alerts and requests)") Instant asOf) {

    /** A need with its coverage, whether anyone could answer it, and its best matches. */
    public record NeedEntry(NeedReadModelView need,
            @Schema(description = "no registered organisation has a capability of its TA subtype: a gap no one can fill today") boolean noCapableOrganisation,
            @Schema(description = "best matches of a need not yet covered (see /needs/{id}/matches for the reasons)") List<MatchEntry> topMatches,
            @Schema(description = "tools and lessons to read beside it, each with why") org.taplatform.coordination.knowledge.Beside knowledge) {
    }

    public record MatchEntry(String organisation, String name, double score) {
    }

    /** A live activity (pipeline, implementation, finalisation) in the country. */
    public record ActivityEntry(UUID id, String iatiIdentifier, String organisation, String status,
            Map<String, String> titles, LocalDate start, LocalDate end, List<String> taSubtypes, List<UUID> needIds) {
    }
}
