package org.taplatform.coordination.matching.model;

/**
 * How much each reason weighs in a match's score (points out of their sum). Configurable (coordination.matching.*);
 * the defaults put what an organisation can deliver first, then where it works, then its record.
 */
public record MatchWeights(double capability, double instrument, double presence, double language,
        double experience, double funding) {

    public static final MatchWeights DEFAULT = new MatchWeights(35, 15, 15, 10, 15, 10);

    public double total() {
        return capability + instrument + presence + language + experience + funding;
    }
}
