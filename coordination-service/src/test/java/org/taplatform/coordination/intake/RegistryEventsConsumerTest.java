package org.taplatform.coordination.intake;

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
import org.taplatform.coordination.index.IndexMaintenance;
import org.taplatform.coordination.index.ReadModelIndex;
import org.taplatform.coordination.provider.ActivityReadModel;
import org.taplatform.coordination.provider.CapabilityReadModel;
import org.taplatform.coordination.provider.OrganisationReadModel;
import org.taplatform.coordination.provider.PledgeReadModel;
import org.taplatform.events.EventContract;
import org.taplatform.events.Topics;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivitySnapshot;
import org.taplatform.events.registry.ActivityUpdated;
import org.taplatform.events.registry.ActivityWithdrawn;
import org.taplatform.events.registry.CapabilityChanged;
import org.taplatform.events.registry.OrganisationRegistered;
import org.taplatform.events.registry.PledgeChanged;
import org.taplatform.events.registry.PledgeRecorded;
import org.taplatform.testsupport.KafkaTestClient;
import org.taplatform.testsupport.TestInfrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The registry's events build coordination's read models: once each, and never going back to an older version. */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class RegistryEventsConsumerTest {

    @Inject
    ObjectMapper json;
    @Inject
    ReadModelIndex index;

    private void publish(String topic, String key, String subject, EventContract event) throws Exception {
        KafkaTestClient.send(topic, key, json.writeValueAsString(event),
                KafkaTestClient.cloudEventHeaders(UUID.randomUUID().toString(), event.eventType(), subject));
    }

    static ActivitySnapshot snapshot(UUID id, String status, List<String> countries) {
        return new ActivitySnapshot(id, "XI-TEST-OFFICE-" + id, "XI-TEST-OFFICE", Map.of("en", "Judicial training"),
                Map.of("en", "Workshops"), status, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30), null, null,
                List.of(new ActivitySnapshot.Participant("XI-TEST-OFFICE", "Office", "4")),
                countries.stream().map(c -> new ActivitySnapshot.Recipient(c, BigDecimal.valueOf(100 / countries.size())))
                        .toList(),
                List.of(), List.of(new ActivitySnapshot.Sector("15130", BigDecimal.valueOf(100))),
                List.of("TRAINING.JUSTICE_OFFICIALS"), List.of("UNTOC"), List.of(), List.of("JUDGES"), List.of(), null);
    }

    @Test
    void shouldKeepTheNewestVersionOfAnActivityWhateverCountrysCopyComesLast() throws Exception {
        UUID id = UUID.randomUUID();
        ActivitySnapshot registered = snapshot(id, "1", List.of("KEN", "UGA"));
        ActivitySnapshot started = snapshot(id, "2", List.of("KEN", "UGA"));
        publish(Topics.REGISTRY_ACTIVITIES, "KEN", id.toString(), new ActivityRegistered(id, registered.iatiIdentifier(),
                "KEN", registered, Instant.now()));
        publish(Topics.REGISTRY_ACTIVITIES, "KEN", id.toString(), new ActivityUpdated(id, started.iatiIdentifier(),
                "KEN", started, 1, Instant.now()));
        // Uganda's copy of the registration comes after Kenya's update: it must not take the activity back
        publish(Topics.REGISTRY_ACTIVITIES, "UGA", id.toString(), new ActivityRegistered(id, registered.iatiIdentifier(),
                "UGA", registered, Instant.now()));
        UUID marker = UUID.randomUUID();
        ActivitySnapshot markerActivity = snapshot(marker, "2", List.of("UGA"));
        publish(Topics.REGISTRY_ACTIVITIES, "UGA", marker.toString(), new ActivityRegistered(marker,
                markerActivity.iatiIdentifier(), "UGA", markerActivity, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> read(ActivityReadModel.class, marker) != null);
        ActivityReadModel activity = read(ActivityReadModel.class, id);
        assertThat(activity.version).isEqualTo(1);
        assertThat(activity.status).isEqualTo("2");
        assertThat(activity.recipientCountries).containsExactly("KEN", "UGA");
        assertThat(activity.taSubtypes).containsExactly("TRAINING.JUSTICE_OFFICIALS");

        publish(Topics.REGISTRY_ACTIVITIES, "KEN", id.toString(), new ActivityWithdrawn(id, registered.iatiIdentifier(),
                "KEN", "reported twice", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> read(ActivityReadModel.class, id).withdrawn);
        // the index follows the rows: the withdrawn activity no longer counts, and its entry is the row's
        assertThat(index.activity(id)).contains(IndexMaintenance.indexed(read(ActivityReadModel.class, id), java.time.LocalDate.now().minusDays(90)));
        assertThat(index.activity(id).orElseThrow().counts()).isFalse();
    }

    @Test
    void shouldReplaceAnOrganisationsCapabilitiesWithEachList() throws Exception {
        String identifier = "XI-TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        publish(Topics.REGISTRY_ORGANISATIONS, identifier, identifier, new OrganisationRegistered(UUID.randomUUID(),
                identifier, "ACADEMIC_INSTITUTE", "80", Map.of("en", "Institute"), List.of("KEN"), List.of("014"),
                List.of("en", "sw"), null, Instant.now()));
        CapabilityChanged.Capability mla = new CapabilityChanged.Capability(UUID.randomUUID(),
                "COOPERATION.CRIMINAL_MATTERS_TRAINING", List.of("UNTOC"), List.of("WORKSHOP"), List.of("014"), List.of(),
                List.of("en"), null);
        CapabilityChanged.Capability drafting = new CapabilityChanged.Capability(UUID.randomUUID(), "LEGAL.DRAFTING",
                List.of("UNTOC", "TIP"), List.of("ADVISORY"), List.of(), List.of(), List.of("en"), null);
        publish(Topics.REGISTRY_ORGANISATIONS, identifier, identifier, new CapabilityChanged(UUID.randomUUID(), identifier,
                List.of(mla, drafting), Instant.now()));
        publish(Topics.REGISTRY_ORGANISATIONS, identifier, identifier, new CapabilityChanged(UUID.randomUUID(), identifier,
                List.of(drafting), Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew().call(
                () -> CapabilityReadModel.<CapabilityReadModel>list("organisation", identifier).stream()
                        .map(c -> c.taSubtype).toList())).containsExactly("LEGAL.DRAFTING"));
        OrganisationReadModel organisation = QuarkusTransaction.requiringNew()
                .call(() -> OrganisationReadModel.findById(identifier));
        assertThat(organisation.languages).containsExactly("en", "sw");
        assertThat(organisation.regions).containsExactly("014");
        // matching sees the organisation with its last list only
        assertThat(index.provider(identifier).orElseThrow().capabilities()).extracting(c -> c.taSubtype())
                .containsExactly("LEGAL.DRAFTING");
        assertThat(index.providersOfSubtype("LEGAL.DRAFTING")).extracting(p -> p.identifier()).contains(identifier);
        assertThat(index.providersOfSubtype("COOPERATION.CRIMINAL_MATTERS_TRAINING")).extracting(p -> p.identifier())
                .doesNotContain(identifier);
    }

    @Test
    void shouldFollowAPledgeToItsNewestVersion() throws Exception {
        UUID id = UUID.randomUUID();
        UUID need = UUID.randomUUID();
        publish(Topics.REGISTRY_ACTIVITIES, "KEN", id.toString(), new PledgeRecorded(id, "XI-DEMO-NORLAND-MFA", "KEN",
                need, null, null, null, new BigDecimal("250000.00"), "EUR", "PLEDGED", Instant.now()));
        publish(Topics.REGISTRY_ACTIVITIES, "KEN", id.toString(), new PledgeChanged(id, "XI-DEMO-NORLAND-MFA", "KEN",
                need, null, null, null, new BigDecimal("250000.00"), "EUR", "COMMITTED", 1, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            PledgeReadModel pledge = read(PledgeReadModel.class, id);
            return pledge != null && "COMMITTED".equals(pledge.status);
        });
        assertThat(read(PledgeReadModel.class, id).needId).isEqualTo(need);
        assertThat(index.pledgesFor(need)).singleElement().satisfies(p -> assertThat(p.status()).isEqualTo("COMMITTED"));
    }

    private static <T> T read(Class<T> type, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> type.cast(
                io.quarkus.hibernate.orm.panache.Panache.getEntityManager().find(type, id)));
    }
}
