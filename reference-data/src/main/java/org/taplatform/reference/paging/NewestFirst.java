package org.taplatform.reference.paging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A page of a table filtered in SQL (for conditions HQL cannot say, such as PostgreSQL's array operators), newest
 * first by a time column and then by id: keyset on (time, id), and the collection's asOf from a change column over
 * every row the filter selects.
 *
 * @param <E> the entity the rows map to
 */
public final class NewestFirst<E> {

    private final EntityManager entityManager;
    private final Class<E> entity;
    private final String table;
    private final String collection;
    private String timeColumn = "created_at";
    private String changedColumn = "updated_at";
    private Function<E, Instant> time;
    private Function<E, UUID> id;

    private NewestFirst(EntityManager entityManager, Class<E> entity, String table, String collection) {
        this.entityManager = entityManager;
        this.entity = entity;
        this.table = table;
        this.collection = collection;
    }

    public static <E> NewestFirst<E> of(EntityManager entityManager, Class<E> entity, String table, String collection) {
        return new NewestFirst<>(entityManager, entity, table, collection);
    }

    /** The time column of the order and how to read it (and the id) from a row. */
    public NewestFirst<E> by(String timeColumn, Function<E, Instant> time, Function<E, UUID> id) {
        this.timeColumn = timeColumn;
        this.time = time;
        this.id = id;
        return this;
    }

    /** The column whose latest value is the collection's asOf. */
    public NewestFirst<E> changedAt(String changedColumn) {
        this.changedColumn = changedColumn;
        return this;
    }

    /**
     * @param where      SQL conditions with positional parameters ?1, ?2 … in the order of {@code parameters}
     */
    public <T> Page<T> page(String where, List<Object> parameters, PageParameters page, Function<E, T> view) {
        Query latest = entityManager.createNativeQuery("select max(" + changedColumn + ") from " + table + " where "
                + where);
        bind(latest, parameters);
        Instant asOf = DatabaseTime.instant(latest.getSingleResult());
        List<Object> values = new ArrayList<>(parameters);
        String after = "";
        if (page.cursor != null) {
            PageCursor cursor = PageCursor.decode(page.cursor, collection, 2);
            values.add(cursor.part(0, Instant::parse));
            int timeParameter = values.size();
            values.add(cursor.part(1, UUID::fromString));
            after = " and (" + timeColumn + " < ?" + timeParameter + " or (" + timeColumn + " = ?" + timeParameter
                    + " and id > ?" + values.size() + "))";
        }
        Query rows = entityManager.createNativeQuery("select * from " + table + " where " + where + after + " order by "
                + timeColumn + " desc, id limit " + (page.limit + 1), entity);
        bind(rows, values);
        @SuppressWarnings("unchecked")
        List<E> found = rows.getResultList();
        return page.page(found, row -> PageCursor.of(collection, time.apply(row), id.apply(row)), view, asOf);
    }

    private static void bind(Query query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
    }
}
