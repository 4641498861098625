package org.taplatform.coordination.rebuild;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * The read models' shadow: a schema with empty copies of the read-model tables (and of the inbox), into which a
 * rebuild replays the topics with {@code search_path} pointing at it, so that the same projection code writes there
 * instead of into the live tables. Compares the shadow with the live tables, and copies it over them.
 */
@ApplicationScoped
public class ShadowReadModels {

    static final String SCHEMA = "read_model_rebuild";

    /**
     * Each read model and the columns it holds from events. Left out: what is derived here, not carried by events
     * (coverage, a merge's duplicate mark) and bookkeeping (the last event's id).
     */
    static final Map<String, String> TABLES = new LinkedHashMap<>();
    static {
        TABLES.put("need_read_model", "id, country, instrument, article, ta_type, ta_subtype, priority, source, consent,"
                + " status, status_reason, registered_at, cycle_id");
        TABLES.put("organisation_read_model", "identifier, kind, names, countries, regions, languages, verification,"
                + " merged_into");
        TABLES.put("capability_read_model", "id, organisation, ta_subtype, instruments, delivery_modes, regions,"
                + " countries, languages");
        TABLES.put("activity_read_model", "id, iati_identifier, reporting_organisation, participants, status,"
                + " planned_start, planned_end, actual_start, actual_end, recipient_countries, recipient_regions,"
                + " ta_subtypes, instruments, beneficiary_groups, need_ids, titles, descriptions, participations,"
                + " linked_activities, budget_amount, budget_currency, funding, version, withdrawn");
        TABLES.put("pledge_read_model", "id, donor, country, need_id, ta_type, ta_subtype, activity_id, amount,"
                + " currency, status, version");
        TABLES.put("tool_read_model", "id, publisher, kind, titles, links, ta_subtypes, instruments, articles, withdrawn,"
                + " version");
        TABLES.put("lesson_read_model", "activity_id, iati_identifier, reporting_organisation, recipient_countries,"
                + " ta_subtypes, rating, lessons, language, document_url, evaluated_on, version");
    }

    private final AgroalDataSource dataSource;

    ShadowReadModels(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void create() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("drop schema if exists " + SCHEMA + " cascade");
            ddl.execute("create schema " + SCHEMA);
            for (String table : TABLES.keySet()) {
                ddl.execute("create table " + SCHEMA + "." + table + " (like public." + table + " including all)");
            }
            ddl.execute("create table " + SCHEMA + ".processed_event (like public.processed_event including all)");
        }
    }

    void drop() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    /** Rows that differ per table, in the columns events carry; jsonb compared as jsonb (key order does not count). */
    Map<String, Long> differences() throws SQLException {
        Map<String, Long> differences = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement()) {
            for (var table : TABLES.entrySet()) {
                String live = "select " + table.getValue() + " from public." + table.getKey();
                String rebuilt = "select " + table.getValue() + " from " + SCHEMA + "." + table.getKey();
                try (ResultSet count = query.executeQuery("select (select count(*) from (" + live + " except "
                        + rebuilt + ") a) + (select count(*) from (" + rebuilt + " except " + live + ") b)")) {
                    count.next();
                    differences.put(table.getKey(), count.getLong(1));
                }
            }
        }
        return differences;
    }

    /** Rows kept per read model and side when they differ: enough to see how, not a dump. */
    static final int SAMPLES = 3;

    /**
     * For each read model with differences, a few of the differing rows, live ones prefixed {@code live:} and rebuilt
     * ones {@code rebuilt:}, each as its columns' text.
     */
    Map<String, java.util.List<String>> differenceSamples(Map<String, Long> differences) throws SQLException {
        Map<String, java.util.List<String>> samples = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement()) {
            for (var table : TABLES.entrySet()) {
                if (differences.getOrDefault(table.getKey(), 0L) == 0) {
                    continue;
                }
                String live = "select " + table.getValue() + " from public." + table.getKey();
                String rebuilt = "select " + table.getValue() + " from " + SCHEMA + "." + table.getKey();
                java.util.List<String> rows = new java.util.ArrayList<>();
                for (String[] side : new String[][] { { "live", live, rebuilt }, { "rebuilt", rebuilt, live } }) {
                    try (ResultSet found = query.executeQuery("select row_to_json(d)::text from (" + side[1]
                            + " except " + side[2] + ") d order by 1 limit " + SAMPLES)) {
                        while (found.next()) {
                            rows.add(side[0] + ": " + found.getString(1));
                        }
                    }
                }
                samples.put(table.getKey(), rows);
            }
        }
        return samples;
    }

    /**
     * Puts the rebuilt rows in place of the live ones, in the caller's transaction (which holds the read-model lock),
     * keeping what is derived here; and records the events the rebuild applied as applied by the live consumers, so
     * that they do not apply them a second time when they go on.
     */
    void copyOverLive() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement copy = connection.createStatement()) {
            copy.execute("create temp table kept_coverage on commit drop as select id, coverage_level, coverage_status,"
                    + " coverage_evidence from public.need_read_model");
            copy.execute("create temp table kept_duplicates on commit drop as select id, duplicate_of"
                    + " from public.activity_read_model where duplicate_of is not null");
            for (String table : List.copyOf(TABLES.keySet())) {
                copy.execute("delete from public." + table);
                copy.execute("insert into public." + table + " select * from " + SCHEMA + "." + table);
            }
            copy.execute("update public.need_read_model n set coverage_level = k.coverage_level, coverage_status ="
                    + " k.coverage_status, coverage_evidence = k.coverage_evidence from kept_coverage k where k.id = n.id");
            copy.execute("update public.activity_read_model a set duplicate_of = k.duplicate_of"
                    + " from kept_duplicates k where k.id = a.id");
            copy.execute("insert into public.processed_event select * from " + SCHEMA + ".processed_event"
                    + " on conflict do nothing");
        }
    }

    /** Points this transaction's statements at the shadow tables. */
    void useShadowInThisTransaction() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement set = connection.createStatement()) {
            set.execute("set local search_path to " + SCHEMA + ", public");
        }
    }
}
