package org.taplatform.reference.paging;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;

/** A timestamptz as a native query gives it: the type depends on the driver and Hibernate's mapping. */
public final class DatabaseTime {

    private DatabaseTime() {
    }

    /** The instant, whichever type the driver chose; null for SQL null (an aggregate over no row). */
    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("not a time: " + value.getClass());
        };
    }
}
