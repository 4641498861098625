package org.taplatform.coordination.index;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Makes every replica's read-model index follow every committed change, whichever replica's consumer made it. A
 * consumer group gives each replica some partitions, so each applies only some events; the rows are shared, but each
 * index would follow only its own. So every transaction that changes an index entry also announces it with PostgreSQL's
 * {@code NOTIFY} (delivered to every listener once the transaction commits, in commit order, never if it rolls back),
 * and this follower, on each other replica, reads the announced rows again: after every commit, every index holds the
 * committed rows. The announcing replica applied its changes as it made them; should another replica's change have
 * been applied meanwhile (possibly replacing an entry its transaction had run ahead with), it reads its own
 * transaction's entries again once that has committed ({@link IndexMaintenance}); when the database cannot answer
 * then, this follower reads them again, every second until it can. A connection lost is a gap in what was heard: the index is read whole again once the
 * follower listens again. Side effects stay with the consumer that applied the event.
 */
@ApplicationScoped
public class IndexFollower {

    static final String CHANNEL = "coordination_read_models";

    private final IndexMaintenance maintenance;
    private final String url;
    private final String user;
    private final String password;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean running = true;
    private Thread thread;

    IndexFollower(IndexMaintenance maintenance, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.maintenance = maintenance;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Starts listening, and returns once it does (or after a while if the database is not there yet). */
    void start() {
        thread = Thread.ofPlatform().daemon().name("read-model-index-follower").start(this::follow);
        try {
            if (!listening.await(30, TimeUnit.SECONDS)) {
                Log.warn("the read-model index follower does not listen yet; it goes on trying");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void follow() {
        boolean heardAll = true; // nothing was missed before the first LISTEN: the index is loaded after it
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
                listening.countDown();
                if (!heardAll) {
                    Log.info("read-model index follower listens again: reading the index whole");
                    maintenance.reload();
                }
                heardAll = false; // from here on, a lost connection may lose announcements
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] heard = notifications.getNotifications(1000);
                    if (heard != null && heard.length > 0) {
                        apply(heard);
                    }
                    maintenance.readPendingAgain(); // entries a transaction could not read again after it completed
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    Log.warnf("read-model index follower: %s; listening again in a second", e.getMessage());
                    sleep();
                }
            }
        }
    }

    private void apply(PGNotification[] heard) {
        List<String> changes = new ArrayList<>(heard.length);
        for (PGNotification notification : heard) {
            String payload = notification.getParameter();
            int bar = payload.indexOf('|');
            if (bar > 0 && !payload.substring(0, bar).equals(IndexMaintenance.INSTANCE)) {
                changes.add(payload.substring(bar + 1)); // this replica's own changes are in its index already
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        if (changes.contains(IndexMaintenance.RELOAD)) {
            maintenance.reload();
            return;
        }
        maintenance.applyOutsideChanges(() -> {
            for (String change : changes) {
                int colon = change.indexOf(':');
                String kind = change.substring(0, colon);
                String key = change.substring(colon + 1);
                switch (kind) {
                    case "need" -> maintenance.loadNeed(UUID.fromString(key));
                    case "activity" -> maintenance.loadActivity(UUID.fromString(key));
                    case "organisation" -> maintenance.loadOrganisation(key);
                    case "pledge" -> maintenance.loadPledge(UUID.fromString(key));
                    case "offers" -> maintenance.loadAcceptedOffers(List.of(UUID.fromString(key)));
                    default -> Log.warnf("read-model index follower: unknown change %s", change);
                }
            }
        });
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
