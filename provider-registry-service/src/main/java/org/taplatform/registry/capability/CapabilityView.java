package org.taplatform.registry.capability;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

import org.taplatform.reference.ReferenceData;
import org.taplatform.reference.UnLanguage;

/** A capability as the API shows it, with the subtype's label. */
public record CapabilityView(@Schema(example = "5f0c6a1e-3b7d-4c2a-9e1f-8a2b4c6d8e0f") UUID id, @Schema(example = "LEGAL.DRAFTING") String taSubtype, @Schema(example = "Legislative drafting") String taSubtypeLabel, @Schema(example = "LEGAL") String taType, List<String> instruments,
        List<String> deliveryModes, List<String> regions, List<String> countries, List<String> languages,
        String description) {

    static CapabilityView of(Capability capability, UnLanguage language) {
        var subtype = ReferenceData.instance().taSubtype(capability.taSubtype);
        return new CapabilityView(capability.id, capability.taSubtype,
                subtype.map(s -> s.names().in(language)).orElse(capability.taSubtype),
                subtype.map(s -> s.typeCode()).orElse(null), List.copyOf(capability.instruments),
                List.copyOf(capability.deliveryModes), List.copyOf(capability.regions),
                List.copyOf(capability.countries), List.copyOf(capability.languages), capability.description);
    }
}
