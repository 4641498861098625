package org.taplatform.survey.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taplatform.events.jobs.JobLeases;
import org.taplatform.testsupport.TestInfrastructure;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Jobs claimed through the database by several replicas (JobLeases on the real PostgreSQL), on a table of this test's
 * own, so that the service's own poll takes no part: each job goes to one replica; a replica that stops renewing loses
 * its job to another once the lease has lapsed, and finds out before it records anything.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class JobLeasesTest {

    static final String TABLE = "job_lease_probe";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void emptyProbeTable() {
        sql("create table if not exists " + TABLE + " (id uuid primary key, status varchar(20) not null, "
                + "claimed_by varchar(200), lease_until timestamptz, created_at timestamptz not null, "
                + "started_at timestamptz)");
        sql("delete from " + TABLE);
    }

    private JobLeases replica(String name) {
        return new JobLeases(dataSource, TABLE, Duration.ofSeconds(30), name);
    }

    @Test
    void shouldGiveEachJobToOneReplicaOldestFirst() {
        UUID older = queued(2);
        UUID newer = queued(1);
        JobLeases a = replica("a");
        JobLeases b = replica("b");

        assertThat(a.claimNext()).contains(older);
        assertThat(b.claimNext()).contains(newer);
        assertThat(a.claimNext()).isEmpty();
        assertThat(b.claimNext()).isEmpty();
        assertThat(a.stillMine(older)).isTrue();
        assertThat(a.stillMine(newer)).isFalse();
    }

    @Test
    void shouldLetAnotherReplicaTakeOverAJobWhoseLeaseLapsed() {
        UUID job = queued(0);
        JobLeases a = replica("a");
        JobLeases b = replica("b");
        assertThat(a.claimNext()).contains(job);
        assertThat(a.renewMine()).isEqualTo(1);
        assertThat(b.claimNext()).as("held while a renews").isEmpty();

        sql("update " + TABLE + " set lease_until = now() - interval '1 second'"); // a stopped renewing

        assertThat(b.claimNext()).contains(job);
        assertThat(a.stillMine(job)).as("a finds out before it records anything").isFalse();
        assertThat(a.renewMine()).isZero();
        assertThat(b.stillMine(job)).isTrue();
    }

    @Test
    void shouldClaimEachJobExactlyOnceAmongFourReplicasAtOnce() throws Exception {
        List<UUID> jobs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            jobs.add(queued(i));
        }
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<UUID>>> claims = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                JobLeases replica = replica("r" + r);
                claims.add(() -> {
                    List<UUID> mine = new ArrayList<>();
                    for (Optional<UUID> job = replica.claimNext(); job.isPresent(); job = replica.claimNext()) {
                        mine.add(job.get());
                    }
                    return mine;
                });
            }
            List<UUID> claimed = new ArrayList<>();
            for (Future<List<UUID>> mine : replicas.invokeAll(claims)) {
                claimed.addAll(mine.get());
            }
            assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(jobs);
        } finally {
            replicas.shutdownNow();
        }
    }

    private UUID queued(int secondsAgo) {
        UUID id = UUID.randomUUID();
        sql("insert into " + TABLE + " (id, status, created_at) values ('" + id + "', 'QUEUED', now() - interval '"
                + secondsAgo + " seconds')");
        return id;
    }

    private void sql(String statement) {
        try (var connection = dataSource.getConnection(); var run = connection.createStatement()) {
            run.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }
}
