package org.taplatform.events.jobs;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Background jobs (an accepted import) claimed through the database, so that each runs on one replica at a time, and
 * a job whose replica stopped or died is taken over by another: never "only one instance runs".
 * <p>
 * A job's row holds {@code status} (QUEUED, RUNNING, then whatever the service ends it with), {@code claimed_by} and
 * {@code lease_until}. A replica claims the oldest job that is QUEUED, or RUNNING with a lapsed lease, with
 * {@code FOR UPDATE SKIP LOCKED} (two replicas never claim the same row, and neither waits for the other); while it
 * works it renews the leases of its jobs ({@link #renewMine}, from its poll), and before it records progress it checks
 * the job is still its own ({@link #stillMine}). A replica that stops renewing (killed, partitioned, paused for longer
 * than the lease) loses its jobs to the next poll of any replica once the lease has lapsed.
 * <p>
 * Each statement runs alone (auto-commit): a claim is one {@code UPDATE ... RETURNING}, atomic by itself.
 */
public final class JobLeases {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final DataSource dataSource;
    private final String table;
    private final Duration lease;
    private final String owner;

    /**
     * @param table the jobs' table (it has id, status, claimed_by, lease_until, created_at and started_at)
     * @param lease how long a claim lasts without renewal: several poll intervals, longer than any pause
     */
    public JobLeases(DataSource dataSource, String table, Duration lease) {
        this(dataSource, table, lease, replicaName());
    }

    /** As {@link #JobLeases(DataSource, String, Duration)}, for the replica named {@code owner}. */
    public JobLeases(DataSource dataSource, String table, Duration lease, String owner) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.dataSource = dataSource;
        this.table = table;
        this.lease = lease;
        this.owner = owner;
    }

    /** This process among the replicas: its host and process, and a random part (a restarted process is another). */
    public static String replicaName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String owner() {
        return owner;
    }

    public String table() {
        return table;
    }

    /** Claims the oldest job waiting (or left by a replica whose lease lapsed) for this replica; empty when none. */
    public Optional<UUID> claimNext() {
        String claim = """
                update %1$s set status = 'RUNNING', claimed_by = ?, lease_until = now() + make_interval(secs => ?),
                       started_at = coalesce(started_at, now())
                where id = (select id from %1$s
                            where status = 'QUEUED' or (status = 'RUNNING' and (lease_until is null or lease_until < now()))
                            order by created_at limit 1 for update skip locked)
                returning id""".formatted(table);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(claim)) {
            statement.setString(1, owner);
            statement.setDouble(2, lease.toMillis() / 1000.0);
            try (ResultSet claimed = statement.executeQuery()) {
                return claimed.next() ? Optional.of(claimed.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim a job of " + table, e);
        }
    }

    /** Extends the leases of the jobs this replica is running; how many. */
    public int renewMine() {
        return update("update %s set lease_until = now() + make_interval(secs => ?) where claimed_by = ? and status = 'RUNNING'"
                .formatted(table), lease.toMillis() / 1000.0, owner);
    }

    /**
     * Lets the jobs this replica is running go at once (it stops): another replica takes them at its next poll, not
     * a lease later. How many.
     */
    public int releaseMine() {
        return update("update %s set lease_until = now() - make_interval(secs => ?) where claimed_by = ? and status = 'RUNNING'"
                .formatted(table), 1, owner);
    }

    /** Whether the job is still this replica's: false once another has taken it over (this one was too slow). */
    public boolean stillMine(UUID job) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select 1 from %s where id = ? and claimed_by = ?".formatted(table))) {
            statement.setObject(1, job);
            statement.setString(2, owner);
            try (ResultSet found = statement.executeQuery()) {
                return found.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the claim of job " + job, e);
        }
    }

    private int update(String sql, double seconds, String claimedBy) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setDouble(1, seconds);
            statement.setString(2, claimedBy);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change the leases of " + table, e);
        }
    }

    /** Thrown into a job's run when another replica has taken the job over: this one stops, recording nothing. */
    public static final class LostLease extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public LostLease(UUID job, String why) {
            super("job " + job + ": " + why);
        }
    }
}
