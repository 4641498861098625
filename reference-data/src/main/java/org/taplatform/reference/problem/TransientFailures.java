package org.taplatform.reference.problem;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure that may succeed when tried again (a dependency down or starting, a lock or serialization conflict,
 * a pool without a free connection) from one that never will (a bug, a record that cannot be parsed). Consumers
 * retry the first kind in place instead of dead-lettering the record; the HTTP layer answers 503 with Retry-After
 * instead of 500.
 * <p>
 * It walks the whole cause chain: Hibernate, Narayana and the connection pool wrap the driver's exception, sometimes
 * several times. Classes of libraries a module may not have on its class path (Hibernate, Kafka) are recognised by
 * name, so this class depends on the JDK only.
 */
public final class TransientFailures {

    /**
     * PostgreSQL's SQLSTATE classes and codes that describe the moment, not the statement: 08 connection exception,
     * 40001 serialization failure, 40P01 deadlock, 53 insufficient resources (too many connections, disk full),
     * 55P03 lock not available (lock_timeout), 57014 statement cancelled (statement_timeout), 57P01-57P03 the server
     * shutting down or starting, 58 system error (I/O).
     */
    private static final Set<String> TRANSIENT_STATE_CLASSES = Set.of("08", "53", "58");
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57014", "57P01", "57P02",
            "57P03");

    /** Exceptions, by class or superclass name, that report a conflict or an unavailable dependency. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.exception.LockTimeoutException",
            "org.hibernate.PessimisticLockException",
            "org.hibernate.QueryTimeoutException",
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.QueryTimeoutException",
            "org.apache.kafka.common.errors.RetriableException",
            "org.apache.kafka.common.errors.TimeoutException");

    private TransientFailures() {
    }

    /** True when the failure, or anything that caused it, is of a kind that a later attempt may not meet. */
    public static boolean isTransient(Throwable failure) {
        return transientCause(failure) != null;
    }

    /** The first transient failure in the chain (for the log), or null when none is. */
    public static Throwable transientCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null;
                cause = cause.getCause()) {
            if (isTransientItself(cause)) {
                return cause;
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null
                    && isTransientItself(sql.getNextException())) {
                return sql.getNextException();
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isTransientItself(suppressed)) {
                    return suppressed;
                }
            }
            if (isCommitFailedWithoutReason(cause)) {
                return cause;
            }
        }
        return null;
    }

    /**
     * Narayana's "Could not commit transaction" (a RollbackException) with no cause and nothing suppressed: the
     * database went away while the transaction committed (seen when PostgreSQL stops under load). It rolled back, so
     * nothing changed and a later attempt may succeed. A rollback for a reason of the request's own (a constraint the
     * flush at commit violated) carries that reason as its cause, and stays a failure of its own.
     */
    private static boolean isCommitFailedWithoutReason(Throwable failure) {
        return failure.getCause() == null && failure.getSuppressed().length == 0
                && "jakarta.transaction.RollbackException".equals(failure.getClass().getName());
    }

    private static boolean isTransientItself(Throwable failure) {
        if (failure instanceof SQLTransientException || failure instanceof SQLRecoverableException
                || failure instanceof ConnectException || failure instanceof SocketTimeoutException
                || failure instanceof TimeoutException) {
            return true;
        }
        if (failure instanceof SocketException) {
            return true; // connection reset or broken pipe: the server went away mid-request
        }
        if (failure instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
            return true; // Agroal: no free connection within the acquisition timeout (no SQLSTATE, often no cause)
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return TRANSIENT_STATES.contains(state)
                    || state.length() >= 2 && TRANSIENT_STATE_CLASSES.contains(state.substring(0, 2));
        }
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (TRANSIENT_CLASSES.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }
}
