package org.taplatform.coordination.overlap.model;

import java.util.List;

/**
 * Another activity that likely overlaps, how strongly, and the evidence. Severities mean:
 * <ul>
 * <li>HIGH: likely the same activity reported twice (strong evidence: alike distinctive words, or the same dates, budget
 * or implementer beside alike texts);</li>
 * <li>MEDIUM: overlapping work: the same kind of assistance in the same country at the same time, texts alike;</li>
 * <li>LOW: related work worth knowing of: the same kind of assistance for the same people at the same time.</li>
 * </ul>
 */
public record Overlap(String iatiIdentifier, String organisation, Severity severity, double similarity,
        List<String> evidence) {

    public enum Severity { HIGH, MEDIUM, LOW }
}
