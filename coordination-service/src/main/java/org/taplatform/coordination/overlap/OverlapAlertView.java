package org.taplatform.coordination.overlap;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An overlap alert as the organisations involved and coordinators read it, with its history. */
@Schema(name = "OverlapAlert", description = "Two registered activities that likely overlap (of two organisations, or one activity entered twice by its organisation)")
public record OverlapAlertView(UUID id,
        @Schema(examples = "OPEN", enumeration = { "OPEN", "ACKNOWLEDGED", "MERGED", "DISMISSED", "CLOSED" }) String status,
        @Schema(examples = "HIGH") String severity,
        @Schema(description = "Jaccard index of the analysed terms in the best shared language", examples = "0.57") double similarity,
        List<String> countries, Side activity, Side otherActivity,
        @Schema(examples = "[\"both in SEN\", \"dates overlap\", \"same TA subtype TRAINING.JUSTICE_OFFICIALS\", \"texts 57 % alike (fr)\"]") List<String> evidence,
        @Schema(description = "why it was merged or dismissed, or closed by detection") String reason,
        @Schema(description = "set when merged: the activity that no longer counts") UUID duplicateActivityId,
        Instant detectedAt, Instant updatedAt, @Schema(description = "the ETag, for If-Match") int version,
        List<Step> history) {

    /** One activity of the pair. */
    public record Side(UUID id, @Schema(examples = "XM-DAC-41119-SEN-2026-01") String iatiIdentifier,
            @Schema(examples = "XM-DAC-41119") String organisation) {
    }

    /** One change of status. */
    @Schema(name = "AlertStep")
    public record Step(String from, String to, String actor, String reason, Instant at) {
    }

    static OverlapAlertView of(OverlapAlert alert, List<OverlapAlertTransition> history) {
        return new OverlapAlertView(alert.id, alert.status.name(), alert.severity.name(), alert.similarity,
                List.of(alert.countries), new Side(alert.activityId, alert.activity, alert.organisation),
                new Side(alert.otherActivityId, alert.otherActivity, alert.otherOrganisation),
                List.copyOf(alert.evidence), alert.reason, alert.duplicateActivityId, alert.detectedAt,
                alert.updatedAt, alert.version, history.stream().map(step -> new Step(step.fromStatus, step.toStatus, step.actor,
                        step.reason, step.at)).toList());
    }
}
