package org.taplatform.coordination.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.taplatform.coordination.overlap.OverlapAlert;
import org.taplatform.coordination.overlap.model.AlertStatus;
import org.taplatform.events.Topics;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A full recompute corrects what drifted from the rules (here an alert whose evidence and status no longer say what
 * the rules say, as after a change of the rules) and, run again, finds nothing more to write for it. With real
 * PostgreSQL and Kafka; organisations and country (Bhutan) of its own.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class FullRecomputeTest {

    @Inject
    ObjectMapper json;
    @Inject
    FullRecompute recompute;

    @Test
    void shouldBringADriftedAlertBackToWhatTheRulesSayAndThenFindNothingToChange() throws Exception {
        String first = "XI-TEST-RCP1-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "XI-TEST-RCP2-" + UUID.randomUUID().toString().substring(0, 8);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        register(a, first, "Training prosecutors in cybercrime cases");
        register(b, second, "Cybercrime cases: training for prosecutors");
        OverlapAlert raised = await().atMost(Duration.ofSeconds(30)).until(() -> alertBetween(a, b), alert -> alert != null);
        List<String> evidence = raised.evidence;
        assertThat(evidence).anyMatch(line -> line.startsWith("titles"));

        // drift: the stored alert no longer says what the rules say (evidence, status)
        QuarkusTransaction.requiringNew().run(() -> {
            OverlapAlert alert = OverlapAlert.findById(raised.id);
            alert.evidence = new java.util.ArrayList<>(List.of("stale evidence"));
            alert.status = AlertStatus.CLOSED;
        });

        FullRecompute.Result result = recompute.run();

        assertThat(result.alertsRefreshed()).isGreaterThanOrEqualTo(1);
        assertThat(result.readyMillis()).isGreaterThanOrEqualTo(result.computeMillis());
        OverlapAlert repaired = alertBetween(a, b);
        assertThat(repaired.evidence).isEqualTo(evidence);
        assertThat(repaired.status).isEqualTo(AlertStatus.OPEN); // detected again
        assertThat(repaired.id).isEqualTo(raised.id);

        FullRecompute.Result again = recompute.run();
        OverlapAlert unchanged = alertBetween(a, b);
        assertThat(unchanged.version).isEqualTo(repaired.version);
        assertThat(unchanged.evidence).isEqualTo(evidence);
        assertThat(again.needs()).isEqualTo(result.needs());
    }

    private OverlapAlert alertBetween(UUID a, UUID b) {
        return QuarkusTransaction.requiringNew().call(() -> OverlapAlert.<OverlapAlert>find(
                "(activityId = ?1 and otherActivityId = ?2) or (activityId = ?2 and otherActivityId = ?1)", a, b)
                .firstResultOptional().orElse(null));
    }

    private void register(UUID id, String organisation, String title) throws Exception {
        ActivitySnapshot snapshot = new ActivitySnapshot(id, organisation + "-" + id, organisation, Map.of("en", title),
                Map.of("en", "Workshops on electronic evidence for prosecutors"), "2", LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 3, 31), null, null, List.of(), List.of(new ActivitySnapshot.Recipient("BTN",
                        BigDecimal.valueOf(100))), List.of(), List.of(), List.of("TRAINING.JUSTICE_OFFICIALS"),
                List.of("UNTOC"), List.of(), List.of("PROSECUTORS"), List.of(), null);
        ActivityRegistered event = new ActivityRegistered(id, organisation + "-" + id, "BTN", snapshot, Instant.now());
        KafkaTestClient.send(Topics.REGISTRY_ACTIVITIES, "BTN", json.writeValueAsString(event),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), id.toString()));
    }
}
