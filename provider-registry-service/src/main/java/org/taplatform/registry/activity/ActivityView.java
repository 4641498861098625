package org.taplatform.registry.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.registry.iati.IatiCodes;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An activity as the API shows it: its IATI content, the status's name, and its life in the registry. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityView(ActivitySnapshot activity, @Schema(example = "Implementation") String statusName, boolean withdrawn, String withdrawalReason,
        String createdBy, Instant createdAt, Instant updatedAt, int version) {

    static ActivityView of(Activity activity) {
        return new ActivityView(activity.snapshot(), IatiCodes.ACTIVITY_STATUS.get(activity.status),
                activity.withdrawnAt != null, activity.withdrawalReason, activity.createdBy, activity.createdAt,
                activity.updatedAt, activity.version);
    }

    /** One entry of the audit history. */
    public record ChangeView(@Schema(example = "1") int version, ActivityChange.Action action, @Schema(example = "fo-nairobi") String changedBy, @Schema(example = "2026-11-20T09:30:00Z") Instant changedAt, Map<String, Object> changes) {

        static ChangeView of(ActivityChange change) {
            return new ChangeView(change.version, change.action, change.changedBy, change.changedAt,
                    change.changes);
        }
    }
}
