package org.taplatform.coordination.overlap.model;

import java.util.List;

/** Another organisation's activity that likely overlaps, how strongly, and the evidence. */
public record Overlap(String iatiIdentifier, String organisation, Severity severity, double similarity,
        List<String> evidence) {

    public enum Severity { HIGH, MEDIUM, LOW }
}
