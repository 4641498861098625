package org.taplatform.needs.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.taplatform.needs.need.Need;

/** XLSX written as it goes (fastexcel): rows are flushed to the stream every few hundred, so memory stays flat. */
final class XlsxNeedWriter implements NeedRowWriter {

    private static final int FLUSH_EVERY = 500;

    private final Workbook workbook;
    private final Worksheet sheet;
    private final List<ExportColumns.Column> columns;
    private int row;

    XlsxNeedWriter(OutputStream out, List<ExportColumns.Column> columns, boolean hxl) {
        this.workbook = new Workbook(out, "ta-platform needs-service", "1.0");
        this.sheet = workbook.newWorksheet("Needs");
        this.columns = columns;
        // labels for people in the requested language (the CSV keeps the machine names, for programs)
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(row, c, columns.get(c).label());
            sheet.style(row, c).bold().set();
        }
        row++;
        if (hxl) {
            for (int c = 0; c < columns.size(); c++) {
                sheet.value(row, c, columns.get(c).hashtag());
            }
            row++;
        }
        sheet.freezePane(0, row);
    }

    @Override
    public void write(Need need) throws IOException {
        for (int c = 0; c < columns.size(); c++) {
            ExportColumns.Column column = columns.get(c);
            if (column.instant() != null) {
                // a real date and time (UTC), which a spreadsheet sorts and filters as such
                sheet.value(row, c, java.time.LocalDateTime.ofInstant(column.instant().apply(need),
                        java.time.ZoneOffset.UTC));
                sheet.style(row, c).format("yyyy-mm-dd hh:mm:ss").set();
            } else {
                sheet.value(row, c, column.value().apply(need));
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}
