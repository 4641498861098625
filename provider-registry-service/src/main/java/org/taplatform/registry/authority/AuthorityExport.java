package org.taplatform.registry.authority;

import java.time.LocalDate;
import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.api.ColumnLabels;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.taplatform.reference.CsvCells;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * The directory as a file for coordinators' follow-up: CSV (RFC 4180, UTF-8 with a byte order mark, so that
 * spreadsheet programs read every script right) or XLSX, one row per entry, channels included.
 */
final class AuthorityExport {

    /** A column: its machine name (the CSV header), its text, and for a date the date itself (a real XLSX date). */
    private record Column(String header, Function<AuthorityView, String> value, Function<AuthorityView, LocalDate> date) {

        Column(String header, Function<AuthorityView, String> value) {
            this(header, value, null);
        }
    }

    private static final ColumnLabels LABELS = ColumnLabels.of(AuthorityExport.class, "export-headers.json");

    private static final List<Column> COLUMNS = List.of(
            new Column("country", AuthorityView::country),
            new Column("name", AuthorityView::name),
            new Column("designations", v -> v.designations().stream().map(AuthorityView.DesignationView::code)
                    .collect(Collectors.joining("; "))),
            new Column("languages", v -> String.join("; ", v.languages())),
            new Column("channels", v -> v.channels().stream().map(c -> c.kind() + ": " + c.value()
                    + (c.note() == null ? "" : " (" + c.note() + ")")).collect(Collectors.joining("; "))),
            new Column("office hours", v -> v.officeHours() == null ? "" : v.officeHours()),
            new Column("time zone", AuthorityView::timeZone),
            new Column("last confirmed on", v -> v.lastConfirmedOn().toString(), AuthorityView::lastConfirmedOn),
            new Column("confirmation due", v -> v.confirmationDue().toString(), AuthorityView::confirmationDue),
            new Column("stale", v -> v.stale() ? "yes" : "no"));

    private AuthorityExport() {
    }

    static void csv(List<AuthorityView> entries, OutputStream out) throws IOException {
        out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        try (CsvWriter csv = CsvWriter.builder().build(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            csv.writeRecord(COLUMNS.stream().map(Column::header).toList());
            for (AuthorityView entry : entries) {
                // a cell a spreadsheet would run as a formula is neutralised (CSV injection)
                csv.writeRecord(COLUMNS.stream().map(c -> CsvCells.neutralised(c.value().apply(entry))).toList());
            }
        }
    }

    /** For people: headers in their language, dates as dates. */
    static void xlsx(List<AuthorityView> entries, UnLanguage language, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "ta-platform provider-registry-service", "1.0");
        Worksheet sheet = workbook.newWorksheet("Competent authorities");
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.value(0, c, LABELS.label(COLUMNS.get(c).header(), language));
            sheet.style(0, c).bold().set();
        }
        for (int r = 0; r < entries.size(); r++) {
            for (int c = 0; c < COLUMNS.size(); c++) {
                Column column = COLUMNS.get(c);
                if (column.date() != null) {
                    sheet.value(r + 1, c, column.date().apply(entries.get(r)));
                    sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                } else {
                    sheet.value(r + 1, c, column.value().apply(entries.get(r)));
                }
            }
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }
}
