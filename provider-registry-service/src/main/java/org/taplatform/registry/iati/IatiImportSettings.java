package org.taplatform.registry.iati;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of IATI imports (prefix {@code registry.iati}). */
@ConfigMapping(prefix = "registry.iati")
public interface IatiImportSettings {

    /** The largest file accepted, in bytes (413 beyond); quarkus.http.limits.max-body-size must allow it. */
    @WithDefault("536870912")
    long maxFileSize();
}
