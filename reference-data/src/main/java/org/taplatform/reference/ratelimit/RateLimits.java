package org.taplatform.reference.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.taplatform.reference.problem.TransientFailures;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;

/**
 * Token buckets per client and per remote address, by kind of request, kept in the service's PostgreSQL through
 * Bucket4j (its select-for-update proxy manager: a bucket is a row, locked while a request takes its token), so that
 * every replica of a service counts the same requests and a client cannot multiply its allowance by the number of
 * replicas. A bucket holds a minute's allowance and refills it evenly over the minute (a burst of the whole allowance,
 * then the sustained rate).
 * <p>
 * When the database is away (a transient failure), the request gets the 503 with Retry-After it would get a moment
 * later from its own database access, without waiting twice; any other failure of the counter lets the request
 * through, since a limit must not turn a fault of the counter into an outage of the API.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class);

    /** What a request is, for its limits. */
    public enum Kind {
        WRITE, COSTLY_READ
    }

    private final boolean enabled;
    private final String service;
    private final int writesPerClient;
    private final int writesPerAddress;
    private final int costlyReadsPerClient;
    private final int costlyReadsPerAddress;
    private final List<String> costlyReadPaths;
    private final List<String> exemptAddresses;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    RateLimits(AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.application.name") String service,
            @ConfigProperty(name = "ta.rate-limit.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "ta.rate-limit.writes.per-client", defaultValue = "600") int writesPerClient,
            @ConfigProperty(name = "ta.rate-limit.writes.per-address", defaultValue = "1200") int writesPerAddress,
            @ConfigProperty(name = "ta.rate-limit.costly-reads.per-client", defaultValue = "120") int costlyReadsPerClient,
            @ConfigProperty(name = "ta.rate-limit.costly-reads.per-address", defaultValue = "240") int costlyReadsPerAddress,
            @ConfigProperty(name = "ta.rate-limit.costly-read-paths",
                    defaultValue = "/export,/analysis/,/charts,.csv,.xlsx,.xml,.png,.svg") List<String> costlyReadPaths,
            @ConfigProperty(name = "ta.rate-limit.exempt-addresses", defaultValue = "none") List<String> exemptAddresses) {
        this.enabled = enabled;
        this.service = service;
        this.writesPerClient = writesPerClient;
        this.writesPerAddress = writesPerAddress;
        this.costlyReadsPerClient = costlyReadsPerClient;
        this.costlyReadsPerAddress = costlyReadsPerAddress;
        this.costlyReadPaths = costlyReadPaths;
        this.exemptAddresses = exemptAddresses;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    /** The kind of a request by its method and path, or null when it is not limited (a cheap read). */
    public Kind kindOf(String method, String path) {
        if (!enabled) {
            return null;
        }
        return switch (method) {
            case "POST", "PUT", "PATCH", "DELETE" -> Kind.WRITE;
            case "GET" -> costlyReadPaths.stream().anyMatch(path::contains) ? Kind.COSTLY_READ : null;
            default -> null;
        };
    }

    /**
     * Takes a token from the client's bucket (when the caller is authenticated) and from the address's: empty when the
     * request may go on, else how long to wait. Addresses in {@code ta.rate-limit.exempt-addresses} have no bucket of
     * their own (the local launcher's loopback, which every local client shares); their clients still have theirs.
     */
    public OptionalLong secondsToWait(Kind kind, String client, String address) {
        try {
            if (client != null) {
                OptionalLong wait = take(kind, "client", client, kind == Kind.WRITE ? writesPerClient : costlyReadsPerClient);
                if (wait.isPresent()) {
                    return wait;
                }
            }
            if (exemptAddresses.contains(address)) {
                return OptionalLong.empty();
            }
            return take(kind, "address", address, kind == Kind.WRITE ? writesPerAddress : costlyReadsPerAddress);
        } catch (RuntimeException counterFailed) {
            if (TransientFailures.isTransient(counterFailed)) {
                // the service's own database is away: the request would meet it next and wait for it again; answer
                // its 503 with Retry-After now (the problem mappers), once, instead of after two waits
                throw counterFailed;
            }
            LOG.warnf("Rate limit not checked (%s): the request goes on", counterFailed.toString());
            return OptionalLong.empty();
        }
    }

    /** The allowance of a kind per minute for a client, for the RateLimit-Limit header. */
    public int perClient(Kind kind) {
        return kind == Kind.WRITE ? writesPerClient : costlyReadsPerClient;
    }

    private OptionalLong take(Kind kind, String scope, String who, int perMinute) {
        String key = service + ":" + kind.name().toLowerCase() + ":" + scope + ":" + who;
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
        ConsumptionProbe probe = buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    /** Buckets nobody used since they filled up again: their rows go (any replica may do it; it is idempotent). */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void removeExpired() {
        try {
            int removed;
            do {
                removed = buckets.removeExpired(1000);
            } while (removed == 1000);
        } catch (RuntimeException e) {
            LOG.debugf("Expired rate-limit buckets not removed this time: %s", e.toString());
        }
    }
}
