package org.taplatform.coordination.overlap;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taplatform.coordination.overlap.model.Overlap;

/** What the pre-registration check found: the activities the planned one likely overlaps, and those it is linked to. */
@Schema(name = "OverlapCheck", example = "{\"overlaps\": [{\"iatiIdentifier\": \"XM-DAC-41128-ROEA-KEN-2026-03\", \"organisation\": \"XM-DAC-41128-ROEA\", \"severity\": \"HIGH\"}], \"linked\": []}")
public record OverlapCheck(
        @Schema(description = "registered activities the planned one likely overlaps, most severe and most alike first") List<Overlap> overlaps,
        @Schema(description = "registered activities that are the same money flow reported by another of its organisations (funder, implementer) or that the planned one names: to link (IATI related-activity, provider-activity-id), not to register twice") List<Linked> linked) {

    public record Linked(String iatiIdentifier, String organisation, String why) {
    }
}
