package org.taplatform.coordination.coverage.model;

import java.util.List;

/**
 * How far a need is answered, and why: the level (covered, partly covered, unmet), the need status it means for the
 * register (OPEN, MATCHED, IN_PROGRESS, COVERED), and the evidence.
 */
public record Coverage(Level level, String status, List<String> evidence) {

    public enum Level { COVERED, PARTLY_COVERED, UNMET }
}
