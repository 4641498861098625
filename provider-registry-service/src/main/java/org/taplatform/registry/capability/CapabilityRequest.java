package org.taplatform.registry.capability;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.CountryCode;
import org.taplatform.reference.validation.InstrumentCode;
import org.taplatform.reference.validation.LanguageTag;
import org.taplatform.reference.validation.RegionCode;
import org.taplatform.reference.validation.TaSubtypeCode;

/** One capability: a TA subtype (it must apply to each instrument given), delivery modes, where. */
@Schema(example = """
        {"taSubtype": "COOPERATION.CRIMINAL_MATTERS_TRAINING", "instruments": ["UNTOC"], "deliveryModes": ["WORKSHOP", "ONLINE"],
         "regions": ["014"], "countries": [], "languages": ["en", "fr"],
         "description": "Mutual legal assistance and extradition workshops for central authorities"}""")
public record CapabilityRequest(
        @NotNull @TaSubtypeCode String taSubtype,
        @NotEmpty @Size(max = 4) List<@NotNull @InstrumentCode String> instruments,
        @NotEmpty @Size(max = 6) List<@NotNull DeliveryMode> deliveryModes,
        @Size(max = 50) @Schema(description = "UN M49 regions where it is offered; none and no countries: anywhere") List<@NotNull @RegionCode String> regions,
        @Size(max = 250) List<@NotNull @CountryCode String> countries,
        @Size(max = 20) List<@NotNull @LanguageTag String> languages,
        @Size(max = 2000) String description) {
}
