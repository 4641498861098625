package org.taplatform.needs.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.query.SelectionQuery;
import org.taplatform.needs.need.Need;
import org.taplatform.needs.need.NeedCriteria;
import org.taplatform.needs.need.NeedFilter;
import org.taplatform.needs.need.NeedReader;
import org.taplatform.reference.UnLanguage;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Streams every need of a query the reader may see into a file, in a stable order (registration, then id). A
 * stateless session and a forward-only cursor fetched a page at a time keep memory flat whatever the size: nothing
 * is kept once written.
 */
@ApplicationScoped
public class NeedExporter {

    static final int FETCH_SIZE = 500;

    private final SessionFactory sessions;
    private final ObjectMapper json;

    NeedExporter(SessionFactory sessions, ObjectMapper json) {
        this.sessions = sessions;
        this.json = json;
    }

    /** Writes the export; runs its own read transaction (the response is written after the resource returned). */
    public void export(NeedFilter filter, NeedReader reader, ExportFormat format, boolean hxl, UnLanguage language,
            OutputStream out) {
        NeedCriteria criteria = NeedCriteria.visibleTo(reader, filter);
        QuarkusTransaction.requiringNew().timeout(600).run(() -> {
            try (StatelessSession session = sessions.openStatelessSession();
                    NeedRowWriter writer = writerFor(format, hxl, language, out)) {
                SelectionQuery<Need> query = session.createSelectionQuery(
                        "from Need where " + criteria.where() + " order by registeredAt, id", Need.class);
                criteria.parameters().map().forEach(query::setParameter);
                query.setFetchSize(FETCH_SIZE).setReadOnly(true);
                try (ScrollableResults<Need> rows = query.scroll(ScrollMode.FORWARD_ONLY)) {
                    while (rows.next()) {
                        writer.write(rows.get());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e); // the client went away: nothing to answer any more
            }
        });
    }

    private NeedRowWriter writerFor(ExportFormat format, boolean hxl, UnLanguage language, OutputStream out)
            throws IOException {
        return switch (format) {
            case CSV -> new CsvNeedWriter(out, ExportColumns.in(language), hxl);
            case XLSX -> new XlsxNeedWriter(out, ExportColumns.in(language), hxl);
            case JSON -> new JsonNeedWriter(out, json, language);
        };
    }
}
