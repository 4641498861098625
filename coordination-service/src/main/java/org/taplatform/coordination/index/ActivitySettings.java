package org.taplatform.coordination.index;

import java.time.LocalDate;
import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long an organisation has to report that an activity ended before coordination stops counting it as live. */
@ConfigMapping(prefix = "coordination.activities")
public interface ActivitySettings {

    /** The grace after an activity's (actual, else planned) end; past it, one still under way is overdue for an update. */
    @WithDefault("P90D")
    Period updateGrace();

    /** Activities under way that ended before this day are overdue for an update. */
    default LocalDate overdueBefore() {
        return LocalDate.now().minus(updateGrace());
    }
}
