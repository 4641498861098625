package org.taplatform.registry.activity;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.reference.validation.InstrumentCode;
import org.taplatform.reference.validation.TaSubtypeCode;

/**
 * A coordinator's (or the publisher's) classification of an activity in the TA taxonomy: its subtypes, and the
 * instruments and articles it serves when known. Instruments and articles left out keep what the activity has.
 */
@Schema(example = """
        {"taSubtypes": ["TRAINING.LAW_ENFORCEMENT"], "instruments": ["TIP"], "articles": ["10"]}""")
public record ClassificationRequest(
        @NotEmpty @Size(max = 30) List<@NotNull @TaSubtypeCode String> taSubtypes,
        @Size(max = 4) List<@NotNull @InstrumentCode String> instruments,
        @Size(max = 30) List<@NotNull @Size(max = 20) String> articles) {
}
