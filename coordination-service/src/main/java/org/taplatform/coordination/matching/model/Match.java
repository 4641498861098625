package org.taplatform.coordination.matching.model;

import java.util.List;

/**
 * An organisation that could answer a need, with its score (0-100) and the reasons that make it up, so that a reader
 * sees why it was proposed.
 */
public record Match(String organisation, String name, double score, List<Reason> reasons) {

    /**
     * One component of the score: what was compared, how well it fits (0 to 1), its weight, the points it gives,
     * and in words why.
     */
    public record Reason(String component, double fit, double weight, double points, String why) {
    }
}
