package org.taplatform.coordination.webhook.model;

import java.util.Set;

/**
 * An event as subscriptions filter it: its kind, where (countries, and their M49 areas), and, when known, the
 * instrument and TA subtypes it concerns.
 */
public record Notice(NoticeKind kind, Set<String> countries, Set<String> regions, Set<String> instruments,
        Set<String> taSubtypes) {
}
