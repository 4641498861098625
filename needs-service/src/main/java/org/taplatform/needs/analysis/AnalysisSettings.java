package org.taplatform.needs.analysis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the analysis (application.properties, prefix {@code needs.analysis}). */
@ConfigMapping(prefix = "needs.analysis")
public interface AnalysisSettings {

    /**
     * A cell of a public table is published only when its needs come from at least this many States; below it, one
     * State's own needs could be read off the table.
     */
    @WithDefault("3")
    int minimumCountriesPerCell();

    /** How many computed tables are kept for reuse until the register changes. */
    @WithDefault("500")
    int cachedTables();
}
