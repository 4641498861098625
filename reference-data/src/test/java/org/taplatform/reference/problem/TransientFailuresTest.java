package org.taplatform.reference.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;

class TransientFailuresTest {

    @ParameterizedTest(name = "SQLSTATE {0}: transient {1}")
    @CsvSource({
            "08001, true", // connection refused: the database is down
            "08006, true", // connection failure mid-statement
            "57P01, true", // terminating connection due to administrator command (a restart)
            "57P03, true", // the database system is starting up
            "40001, true", // serialization failure
            "40P01, true", // deadlock detected
            "55P03, true", // lock not available (lock_timeout)
            "53300, true", // too many connections
            "23505, false", // unique violation: the same insert fails again
            "23514, false", // check violation
            "22P02, false", // invalid text representation
            "42P01, false" // undefined table: a bug
    })
    void shouldTellFromItsSqlStateWhetherADatabaseFailurePasses(String state, boolean passes) {
        SQLException driver = new SQLException("from the driver", state);
        RuntimeException wrapped = new PersistenceException("could not execute statement",
                new RuntimeException("wrapped again", driver));
        assertThat(TransientFailures.isTransient(wrapped)).isEqualTo(passes);
    }

    @Test
    void shouldLookAtTheNextExceptionOfABatchAndAtLibraryExceptionsByName() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0], null);
        batch.setNextException(new SQLException("I/O error", "08006"));
        assertThat(TransientFailures.isTransient(new RuntimeException(batch))).isTrue();

        assertThat(TransientFailures.isTransient(new LockTimeoutException("lock"))).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException("acquisition",
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()))))
                .as("no free connection in the pool within the acquisition timeout").isTrue();
        assertThat(TransientFailures.isTransient(new SQLTransientConnectionException("pool closed"))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new SQLException(
                "Acquisition timeout while waiting for new connection")))).as("Agroal, without a cause").isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new ConnectException("Connection refused"))))
                .isTrue();
    }

    @Test
    void shouldTakeACommitThatFailedWithoutAReasonForTheDatabaseGoingAway() {
        // what survey-service logged when PostgreSQL stopped under load: the commit failed, nothing behind it
        jakarta.transaction.RollbackException commit = new jakarta.transaction.RollbackException(
                "ARJUNA016053: Could not commit transaction.");
        assertThat(TransientFailures.isTransient(new RuntimeException("Error invoking subclass method", commit)))
                .isTrue();
        // a failure the server kept beside it counts as well
        jakarta.transaction.RollbackException withSuppressed = new jakarta.transaction.RollbackException("commit");
        withSuppressed.addSuppressed(new SQLException("I/O error", "08006"));
        assertThat(TransientFailures.isTransient(withSuppressed)).isTrue();
        // a rollback for a reason of the request's own is not
        jakarta.transaction.RollbackException constraint = new jakarta.transaction.RollbackException("commit");
        constraint.initCause(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(TransientFailures.isTransient(constraint)).isFalse();
    }

    @Test
    void shouldNotTakeABugOrABadRecordForATransientFailure() {
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("unknown subtype"))).isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("no state"))).isFalse();
        RuntimeException loop = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", loop);
        loop.initCause(other);
        assertThat(TransientFailures.isTransient(other)).as("a cause loop ends").isFalse();
    }
}
