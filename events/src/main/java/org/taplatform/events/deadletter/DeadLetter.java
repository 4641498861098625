package org.taplatform.events.deadletter;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A record a consumer could never apply, as filed, with what happened to it since. */
@Schema(name = "DeadLetter", description = "A record a consumer of this service could never apply, kept until a "
        + "coordinator replays it after a fix")
public record DeadLetter(
        @Schema(example = "42") long id,
        @Schema(description = "The consumer (service/channel) that gave up on the record") String consumer,
        @Schema(example = "ta.survey.responses") String topic,
        int partition,
        long offset,
        @Schema(description = "The record's key (a need's, an activity's or a country's id)") String key,
        @Schema(description = "The CloudEvent id (ce_id): a replay is applied at most once per consumer by it") String eventId,
        @Schema(description = "The CloudEvent type (ce_type)") String eventType,
        @Schema(description = "The record's headers as received (CloudEvents attributes)") Map<String, String> headers,
        @Schema(description = "The record's value as received") String payload,
        @Schema(description = "Why it could not be applied: the failure and its causes") String reason,
        Instant failedAt,
        @Schema(description = "When it was published again to its topic; absent while it waits") Instant replayedAt,
        @Schema(description = "Who replayed it") String replayedBy) {
}
