package org.taplatform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.taplatform.events.needs.NeedRegistered;
import org.taplatform.events.needs.NeedUpdated;
import org.taplatform.events.needs.NeedWithdrawn;
import org.taplatform.events.needs.NeedStatusChanged;
import org.taplatform.events.coordination.NeedCoordinationStatusChanged;
import org.taplatform.events.coordination.OverlapDetected;
import org.taplatform.events.coordination.OverlapResolved;
import org.taplatform.events.coordination.TaRequestChanged;
import org.taplatform.events.coordination.OfferChanged;
import org.taplatform.events.coordination.OfferAccepted;
import org.taplatform.events.coordination.MatchProposed;
import org.taplatform.events.registry.ActivityRegistered;
import org.taplatform.events.registry.ActivityStatusChanged;
import org.taplatform.events.registry.ActivityUpdated;
import org.taplatform.events.registry.ActivityWithdrawn;
import org.taplatform.events.registry.CapabilityChanged;
import org.taplatform.events.registry.OrganisationRegistered;
import org.taplatform.events.registry.CompetentAuthorityChanged;
import org.taplatform.events.registry.EvaluationRecorded;
import org.taplatform.events.registry.OrganisationUpdated;
import org.taplatform.events.registry.ToolChanged;
import org.taplatform.events.registry.PledgeChanged;
import org.taplatform.events.registry.PledgeRecorded;
import org.taplatform.events.survey.CycleClosed;
import org.taplatform.events.survey.CycleOpened;
import org.taplatform.events.survey.ResponseAmended;
import org.taplatform.events.survey.ResponseReopened;
import org.taplatform.events.survey.ResponseSubmitted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** docs/asyncapi.yaml stays true to the contracts: every published type, its topic, its key and its payload's fields. */
class EventContractsDocumentedTest {

    private static final Map<Class<? extends EventContract>, String> PUBLISHED = Map.ofEntries(
            Map.entry(ResponseSubmitted.class, Topics.SURVEY_RESPONSES),
            Map.entry(ResponseAmended.class, Topics.SURVEY_RESPONSES),
            Map.entry(ResponseReopened.class, Topics.SURVEY_RESPONSES),
            Map.entry(CycleOpened.class, Topics.SURVEY_RESPONSES),
            Map.entry(CycleClosed.class, Topics.SURVEY_RESPONSES),
            Map.entry(NeedRegistered.class, Topics.NEEDS),
            Map.entry(NeedUpdated.class, Topics.NEEDS),
            Map.entry(NeedWithdrawn.class, Topics.NEEDS),
            Map.entry(NeedStatusChanged.class, Topics.NEEDS),
            Map.entry(NeedCoordinationStatusChanged.class, Topics.COORDINATION_EVENTS),
            Map.entry(OverlapDetected.class, Topics.COORDINATION_EVENTS),
            Map.entry(OverlapResolved.class, Topics.COORDINATION_EVENTS),
            Map.entry(TaRequestChanged.class, Topics.COORDINATION_EVENTS),
            Map.entry(OfferChanged.class, Topics.COORDINATION_EVENTS),
            Map.entry(OfferAccepted.class, Topics.COORDINATION_EVENTS),
            Map.entry(MatchProposed.class, Topics.COORDINATION_EVENTS),
            Map.entry(OrganisationRegistered.class, Topics.REGISTRY_ORGANISATIONS),
            Map.entry(OrganisationUpdated.class, Topics.REGISTRY_ORGANISATIONS),
            Map.entry(CapabilityChanged.class, Topics.REGISTRY_ORGANISATIONS),
            Map.entry(ActivityRegistered.class, Topics.REGISTRY_ACTIVITIES),
            Map.entry(ActivityUpdated.class, Topics.REGISTRY_ACTIVITIES),
            Map.entry(ActivityStatusChanged.class, Topics.REGISTRY_ACTIVITIES),
            Map.entry(ActivityWithdrawn.class, Topics.REGISTRY_ACTIVITIES),
            Map.entry(PledgeRecorded.class, Topics.REGISTRY_ACTIVITIES),
            Map.entry(PledgeChanged.class, Topics.REGISTRY_ACTIVITIES),
            Map.entry(CompetentAuthorityChanged.class, Topics.REGISTRY_KNOWLEDGE),
            Map.entry(ToolChanged.class, Topics.REGISTRY_KNOWLEDGE),
            Map.entry(EvaluationRecorded.class, Topics.REGISTRY_KNOWLEDGE));

    private final JsonNode asyncApi = read();

    @Test
    void shouldDocumentEveryEventTypeOnItsTopicWithEveryPayloadField() throws Exception {
        for (var contract : PUBLISHED.entrySet()) {
            String type = (String) contract.getKey().getField("TYPE").get(null);
            JsonNode message = messageNamed(type);
            assertThat(message).as("message " + type + " in asyncapi.yaml").isNotNull();
            assertThat(channelAddressesOf(message)).as("channel of " + type).contains(contract.getValue());
            // the record key keeps one subject's events in order: which one it is, in the Kafka binding
            assertThat(message.at("/bindings/kafka/key/description").asText()).as("the Kafka key of " + type)
                    .isNotBlank();
            List<String> documented = new ArrayList<>();
            message.path("payload").path("properties").fieldNames().forEachRemaining(documented::add);
            for (RecordComponent component : contract.getKey().getRecordComponents()) {
                assertThat(documented).as(type + " documents " + component.getName()).contains(component.getName());
            }
        }
    }

    @Test
    void shouldDocumentTheConsentValues() {
        List<String> documented = new ArrayList<>();
        asyncApi.at("/components/schemas/SharingConsent/enum").forEach(value -> documented.add(value.asText()));
        assertThat(documented).containsExactly(
                java.util.Arrays.stream(SharingConsent.values()).map(Enum::name).toArray(String[]::new));
    }

    private JsonNode messageNamed(String type) {
        for (JsonNode message : asyncApi.at("/components/messages")) {
            if (type.equals(message.path("name").asText())) {
                return message;
            }
        }
        return null;
    }

    private List<String> channelAddressesOf(JsonNode message) {
        List<String> addresses = new ArrayList<>();
        String name = message.path("name").asText();
        asyncApi.path("channels").forEach(channel -> channel.path("messages").forEach(reference -> {
            String ref = reference.path("$ref").asText();
            JsonNode target = asyncApi.at(ref.substring(1));
            if (name.equals(target.path("name").asText())) {
                addresses.add(channel.path("address").asText());
            }
        }));
        return addresses;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("../docs/asyncapi.yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read docs/asyncapi.yaml", e);
        }
    }
}
