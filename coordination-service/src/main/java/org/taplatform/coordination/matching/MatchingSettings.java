package org.taplatform.coordination.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The weights of matching's reasons (prefix {@code coordination.matching.weights}): points out of their sum. */
@ConfigMapping(prefix = "coordination.matching.weights")
public interface MatchingSettings {

    @WithDefault("35")
    double capability();

    @WithDefault("15")
    double instrument();

    @WithDefault("15")
    double presence();

    @WithDefault("10")
    double language();

    @WithDefault("15")
    double experience();

    @WithDefault("10")
    double funding();
}
