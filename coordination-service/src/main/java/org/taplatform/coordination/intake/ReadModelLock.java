package org.taplatform.coordination.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.agroal.api.AgroalDataSource;

/**
 * A PostgreSQL advisory lock around the read models: every live event's transaction holds it shared (they never wait
 * for each other); a rebuild's replacement step holds it exclusive for the few seconds it catches up and copies, so
 * that no live event falls between the rebuilt state and the consumers' positions.
 */
@ApplicationScoped
public class ReadModelLock {

    /** Any constant the platform uses for nothing else ("READMODL"). */
    static final long KEY = 0x524541444d4f444cL;

    private final AgroalDataSource dataSource;

    ReadModelLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(TxType.MANDATORY)
    public void share() {
        run("select pg_advisory_xact_lock_shared(?)");
    }

    @Transactional(TxType.MANDATORY)
    public void exclusive() {
        run("select pg_advisory_xact_lock(?)");
    }

    private void run(String sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement lock = connection.prepareStatement(sql)) {
            lock.setLong(1, KEY);
            lock.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the read-model lock", e);
        }
    }
}
