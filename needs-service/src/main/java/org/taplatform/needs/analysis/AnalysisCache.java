package org.taplatform.needs.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.taplatform.reference.paging.DatabaseTime;

/**
 * Computed tables, reused until the register changes. The key includes the register's version, which a database
 * trigger bumps on every change of a need or a cycle, so a table is never served stale, on any instance of the
 * service, and no code path has to remember to invalidate anything. Least recently used tables go first.
 */
@ApplicationScoped
public class AnalysisCache {

    private final EntityManager entityManager;
    private final Map<String, Object> tables;

    AnalysisCache(EntityManager entityManager, AnalysisSettings settings) {
        this.entityManager = entityManager;
        int capacity = settings.cachedTables();
        this.tables = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The register's current version (one indexed row; call inside a transaction). */
    public long registerVersion() {
        return ((Number) entityManager.createNativeQuery("select version from register_state where id = 1")
                .getSingleResult()).longValue();
    }

    /** When the register last changed (needs, cycles, reporters): the asOf of every table computed from it. */
    public java.time.Instant registerChangedAt() {
        return DatabaseTime.instant(entityManager.createNativeQuery(
                "select changed_at from register_state where id = 1").getSingleResult());
    }

    /** The table for the key at the register's current version, computed once. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        String versioned = registerVersion() + "|" + key;
        synchronized (tables) {
            Object cached = tables.get(versioned);
            if (cached != null) {
                return (T) cached;
            }
        }
        T computed = compute.get();
        synchronized (tables) {
            tables.put(versioned, computed);
        }
        return computed;
    }
}
