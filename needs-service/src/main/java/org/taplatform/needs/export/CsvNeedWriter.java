package org.taplatform.needs.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.taplatform.needs.need.Need;
import org.taplatform.reference.CsvCells;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * RFC 4180 CSV, UTF-8 with a byte order mark (so that spreadsheet programs read Arabic and Chinese right); a cell that
 * a spreadsheet would run as a formula is neutralised ({@link CsvCells}).
 */
final class CsvNeedWriter implements NeedRowWriter {

    private final CsvWriter csv;
    private final List<ExportColumns.Column> columns;

    CsvNeedWriter(OutputStream out, List<ExportColumns.Column> columns, boolean hxl) throws IOException {
        out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        this.csv = CsvWriter.builder().build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.columns = columns;
        csv.writeRecord(columns.stream().map(ExportColumns.Column::header).toList());
        if (hxl) {
            csv.writeRecord(columns.stream().map(ExportColumns.Column::hashtag).toList());
        }
    }

    @Override
    public void write(Need need) {
        csv.writeRecord(columns.stream().map(c -> CsvCells.neutralised(c.value().apply(need))).toList());
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
