package org.taplatform.coordination.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.taplatform.coordination.need.NeedReadModel;
import org.taplatform.events.NeedSource;
import org.taplatform.events.SharingConsent;
import org.taplatform.testsupport.TestInfrastructure;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The index follows committed rows: a refresh in a transaction that rolls back is undone once it has; another
 * replica's committed change is heard and read.
 */
@QuarkusTest
@WithTestResource(TestInfrastructure.class)
class IndexMaintenanceTest {

    @Inject
    IndexMaintenance maintenance;
    @Inject
    ReadModelIndex index;

    @Test
    void shouldReadAnEntryAgainFromTheDatabaseWhenTheTransactionThatRefreshedItRollsBack() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            need(id, "LEGAL.DRAFTING").persist();
            maintenance.refreshNeed(id);
        });
        assertThat(index.needsIn("ISL", "LEGAL.DRAFTING")).extracting(IndexedNeed::id).contains(id);

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            NeedReadModel need = NeedReadModel.findById(id);
            need.taSubtype = "LEGAL.MODEL_LEGISLATION";
            need.taType = "LEGAL";
            maintenance.refreshNeed(id);
            // inside the transaction, its reactions see the change
            assertThat(index.need(id).orElseThrow().taSubtype()).isEqualTo("LEGAL.MODEL_LEGISLATION");
            throw new IllegalStateException("the event's reaction failed");
        })).hasMessageContaining("reaction failed");

        assertThat(index.need(id).orElseThrow().taSubtype()).isEqualTo("LEGAL.DRAFTING");
        assertThat(index.needsIn("ISL", "LEGAL.DRAFTING")).extracting(IndexedNeed::id).contains(id);
        assertThat(index.needsIn("ISL", "LEGAL.MODEL_LEGISLATION")).extracting(IndexedNeed::id).doesNotContain(id);
    }

    @Test
    void shouldForgetANeedCreatedInATransactionThatRolledBack() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            need(id, "LEGAL.DRAFTING").persist();
            maintenance.refreshNeed(id);
            QuarkusTransaction.setRollbackOnly();
        })).isInstanceOf(QuarkusTransactionException.class);

        assertThat(index.need(id)).isEmpty();
        assertThat(index.needsIn("ISL", "LEGAL.DRAFTING")).extracting(IndexedNeed::id).doesNotContain(id);
    }

    /**
     * Another replica's change: a row written and announced in a transaction that never touches this replica's index
     * (as the other replica's consumer would), then committed. This replica's follower hears it and reads the row;
     * a change rolled back is never heard.
     */
    @Test
    void shouldFollowAChangeAnotherReplicaCommittedAndNotOneItRolledBack() {
        UUID committed = UUID.randomUUID();
        UUID rolledBack = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            need(rolledBack, "LEGAL.CASEWORK").persist();
            announce("need:" + rolledBack);
            QuarkusTransaction.setRollbackOnly();
        })).isInstanceOf(QuarkusTransactionException.class);
        QuarkusTransaction.requiringNew().run(() -> {
            need(committed, "LEGAL.CASEWORK").persist();
            announce("need:" + committed);
        });

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> index.need(committed).isPresent());
        assertThat(index.needsIn("ISL", "LEGAL.CASEWORK")).extracting(IndexedNeed::id).containsExactly(committed);
        assertThat(index.need(rolledBack)).isEmpty();

        // and its deletion too
        QuarkusTransaction.requiringNew().run(() -> {
            NeedReadModel.deleteById(committed);
            announce("need:" + committed);
        });
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> index.need(committed).isEmpty());
    }

    /**
     * A transaction refreshed a need and committed while a reload replaced its entry with the older committed state
     * (no row yet); reading it again right after the commit fails (here: the table is not there; in production: the
     * database has just come back and its pool is exhausted). The entry is not left missing: the follower reads it
     * again once the database answers.
     */
    @Test
    void shouldReadAnEntryAgainOnceTheDatabaseAnswersWhenItCouldNotRightAfterTheCommit() {
        UUID id = UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                need(id, "LEGAL.DRAFTING").persist();
                maintenance.refreshNeed(id);
                // a reload that read before this commit: a write from outside this transaction
                maintenance.applyOutsideChanges(() -> index.removeNeed(id));
                // takes effect with the commit: the reading-again after it fails (the test's user is a superuser, whom
                // no revoked privilege stops, so the table goes away for a moment)
                sql("alter table need_read_model rename to need_read_model_away");
            });
            assertThat(maintenance.hasPendingEntries()).isTrue();
            assertThat(index.need(id)).isEmpty();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> sql("alter table if exists need_read_model_away rename to need_read_model"));
        }

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> index.need(id).isPresent());
        assertThat(index.needsIn("ISL", "LEGAL.DRAFTING")).extracting(IndexedNeed::id).contains(id);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> !maintenance.hasPendingEntries());
    }

    /**
     * A transaction that commits while a write from outside it (a reload, another replica's change) is under way,
     * which read the row before the commit and replaces the entry with that older state: the transaction's entries
     * are read again after that write, so the committed need is in the index at the end.
     */
    @Test
    void shouldReadAnEntryAgainAfterAnOutsideWriteUnderWayWhenTheTransactionCommitted() throws Exception {
        UUID id = UUID.randomUUID();
        Thread committer = Thread.currentThread();
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                need(id, "LEGAL.DRAFTING").persist();
                maintenance.refreshNeed(id);
                // the outside write read the table before this commit (no row yet) and writes that state later
                threads.submit(() -> maintenance.applyOutsideChanges(() -> {
                    inside.countDown();
                    awaitQuietly(release);
                    index.removeNeed(id);
                }));
                awaitQuietly(inside);
                // it goes on once this transaction, committed, waits for it to end
                threads.submit(() -> {
                    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                            .until(() -> committer.getState() == Thread.State.BLOCKED);
                    release.countDown();
                });
            });
        } finally {
            release.countDown();
            threads.shutdown();
        }
        assertThat(threads.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(index.need(id)).isPresent();
        assertThat(index.needsIn("ISL", "LEGAL.DRAFTING")).extracting(IndexedNeed::id).contains(id);
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement) {
        io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createNativeQuery(statement).executeUpdate();
    }

    private static void announce(String change) {
        io.quarkus.hibernate.orm.panache.Panache.getEntityManager().flush();
        io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("select pg_notify('" + IndexFollower.CHANNEL + "', ?1)")
                .setParameter(1, "another-replica|" + change) // as another replica announces it
                .getSingleResult();
    }

    /** The rows written here come from no event: gone again, so that a rebuild from the topics finds the same. */
    @AfterEach
    void removeNeedsWrittenHere() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (NeedReadModel need : NeedReadModel.<NeedReadModel>list("country", "ISL")) {
                need.delete();
                maintenance.refreshNeed(need.id);
            }
        });
    }

    private static NeedReadModel need(UUID id, String subtype) {
        NeedReadModel need = new NeedReadModel();
        need.id = id;
        need.country = "ISL"; // a country of this test alone
        need.instrument = "UNTOC";
        need.article = "18";
        need.taType = subtype.substring(0, subtype.indexOf('.'));
        need.taSubtype = subtype;
        need.priority = "HIGH";
        need.source = NeedSource.SURVEY;
        need.consent = SharingConsent.PROVIDERS_AND_DONORS;
        need.status = "OPEN";
        need.registeredAt = Instant.now();
        need.lastEventId = "test";
        return need;
    }
}
