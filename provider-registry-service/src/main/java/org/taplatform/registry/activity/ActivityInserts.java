package org.taplatform.registry.activity;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/**
 * Inserts new activities and their registration entries in JDBC batches, in the caller's transaction: what a bulk
 * import of thousands of activities needs, where going through the persistence context (seven JSON values per activity,
 * each copied and compared) takes most of the time. Same rows as {@link Activity#persist()} would write.
 */
@ApplicationScoped
class ActivityInserts {

    private static final String ACTIVITY = """
            insert into activity (id, iati_identifier, reporting_organisation, titles, descriptions, status,
                planned_start, planned_end, actual_start, actual_end, participants, recipient_countries,
                recipient_regions, recipient_country_codes, sectors, ta_subtypes, instruments, articles,
                beneficiary_groups, need_ids, budget_amount, budget_currency, budget_value_date, related_activities,
                provider_activities, other_identifiers, documents, budgets, planned_disbursements, transactions,
                results, created_by, created_at, updated_at, version)
            values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb),
                cast(? as jsonb), ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb),
                cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?, ?, 0)
            """;
    private static final String REGISTERED = """
            insert into activity_change (id, activity_id, version, action, changed_by, changed_at, changes)
            values (nextval('activity_change_seq'), ?, 0, 'REGISTERED', ?, ?, '{}')
            """;

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    ActivityInserts(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    @Transactional(TxType.MANDATORY)
    void insert(List<Activity> activities) {
        if (activities.isEmpty()) {
            return;
        }
        // the connection is enlisted in the caller's JTA transaction: the rows commit with the rest of the batch
        try (Connection connection = dataSource.getConnection();
                PreparedStatement activity = connection.prepareStatement(ACTIVITY);
                PreparedStatement registered = connection.prepareStatement(REGISTERED)) {
            for (Activity a : activities) {
                int i = 1;
                activity.setObject(i++, a.id);
                activity.setString(i++, a.iatiIdentifier);
                activity.setString(i++, a.reportingOrganisation);
                activity.setString(i++, json.writeValueAsString(a.titles));
                activity.setString(i++, json.writeValueAsString(a.descriptions));
                activity.setString(i++, a.status);
                date(activity, i++, a.plannedStart);
                date(activity, i++, a.plannedEnd);
                date(activity, i++, a.actualStart);
                date(activity, i++, a.actualEnd);
                activity.setString(i++, json.writeValueAsString(a.participants));
                activity.setString(i++, json.writeValueAsString(a.recipientCountries));
                activity.setString(i++, json.writeValueAsString(a.recipientRegions));
                activity.setArray(i++, connection.createArrayOf("varchar", a.recipientCountryCodes.toArray()));
                activity.setString(i++, json.writeValueAsString(a.sectors));
                activity.setArray(i++, connection.createArrayOf("varchar", a.taSubtypes.toArray()));
                activity.setArray(i++, connection.createArrayOf("varchar", a.instruments.toArray()));
                activity.setArray(i++, connection.createArrayOf("varchar", a.articles.toArray()));
                activity.setArray(i++, connection.createArrayOf("varchar", a.beneficiaryGroups.toArray()));
                activity.setArray(i++, connection.createArrayOf("uuid", a.needIds.toArray()));
                activity.setBigDecimal(i++, a.budgetAmount);
                activity.setString(i++, a.budgetCurrency);
                date(activity, i++, a.budgetValueDate);
                activity.setString(i++, json.writeValueAsString(a.relatedActivities));
                activity.setArray(i++, connection.createArrayOf("varchar", a.providerActivities.toArray()));
                activity.setString(i++, json.writeValueAsString(a.otherIdentifiers));
                activity.setString(i++, json.writeValueAsString(a.documents));
                activity.setString(i++, json.writeValueAsString(a.budgets));
                activity.setString(i++, json.writeValueAsString(a.plannedDisbursements));
                activity.setString(i++, json.writeValueAsString(a.transactions));
                activity.setString(i++, json.writeValueAsString(a.results));
                activity.setString(i++, a.createdBy);
                activity.setTimestamp(i++, Timestamp.from(a.createdAt));
                activity.setTimestamp(i, Timestamp.from(a.updatedAt));
                activity.addBatch();
                registered.setObject(1, a.id);
                registered.setString(2, a.createdBy);
                registered.setTimestamp(3, Timestamp.from(a.createdAt));
                registered.addBatch();
            }
            activity.executeBatch();
            registered.executeBatch();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot insert " + activities.size() + " imported activities", e);
        }
    }

    private static void date(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }
}
