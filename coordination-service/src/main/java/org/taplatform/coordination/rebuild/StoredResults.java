package org.taplatform.coordination.rebuild;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.taplatform.coordination.overlap.OverlapDetectionService;
import org.taplatform.coordination.overlap.model.AlertStatus;
import org.taplatform.coordination.overlap.model.Overlap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/**
 * What earlier recomputes and live events stored of the rules' results, as a recompute compares it: the match
 * proposals made and the overlap alerts raised. Read with plain JDBC, the columns it compares only: a recompute reads
 * tens of thousands of rows while the rules run on the other cores, and entities (persistence context, snapshots for
 * dirty checking) would cost it as much CPU as the rules.
 */
@ApplicationScoped
public class StoredResults {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /** The pairs "need|organisation" proposed, the alerts by "activity|other activity". */
    public record Snapshot(Set<String> proposed, Map<String, Alert> alerts, long readMillis) {
    }

    /** An alert as the rules left it. */
    public record Alert(UUID id, Overlap.Severity severity, double similarity, List<String> evidence,
            AlertStatus status) {

        boolean isCurrent(Overlap overlap) {
            return OverlapDetectionService.isCurrent(severity, similarity, evidence, status, overlap);
        }
    }

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    StoredResults(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public Snapshot read() {
        long started = System.nanoTime();
        Set<String> proposed = new HashSet<>();
        Map<String, Alert> alerts = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement()) {
            try (ResultSet rows = query.executeQuery("select need_id, organisation from match_proposal")) {
                while (rows.next()) {
                    proposed.add(rows.getString(1) + "|" + rows.getString(2));
                }
            }
            try (ResultSet rows = query.executeQuery("select id, activity_id, other_activity_id, severity, similarity,"
                    + " evidence, status from overlap_alert")) {
                while (rows.next()) {
                    alerts.put(rows.getString(2) + "|" + rows.getString(3), new Alert(rows.getObject(1, UUID.class),
                            Overlap.Severity.valueOf(rows.getString(4)), rows.getDouble(5),
                            json.readValue(rows.getString(6), STRINGS), AlertStatus.valueOf(rows.getString(7))));
                }
            }
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot read the stored proposals and alerts", e);
        }
        return new Snapshot(proposed, alerts, (System.nanoTime() - started) / 1_000_000);
    }
}
