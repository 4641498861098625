package org.taplatform.survey.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.taplatform.reference.problem.ProblemException;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Reads import files with well-kept streaming readers: FastCSV for CSV (RFC 4180, UTF-8, comma), fastexcel-reader
 * for XLSX (first sheet). {@link #checkHeader} runs when the file is uploaded, so that a file that cannot be read at
 * all is refused at once; rows are read by the job.
 */
final class ImportFileReader {

    private ImportFileReader() {
    }

    /** The file's column names, after checking it is readable (UTF-8 for CSV) and has the required columns. */
    static List<String> checkHeader(ImportJob.Format format, byte[] content) {
        if (format == ImportJob.Format.CSV) {
            requireUtf8(content);
        }
        List<String> header = new ArrayList<>();
        try {
            read(format, content, header::addAll, row -> {
                throw new HeaderRead();
            });
        } catch (HeaderRead enough) {
            // only the header was wanted
        }
        List<String> missing = ImportColumns.REQUIRED.stream().filter(column -> !header.contains(column)).toList();
        if (header.isEmpty() || !missing.isEmpty()) {
            throw ProblemException.unprocessable("The file lacks the column(s) " + missing + " in its first row; "
                    + "expected " + ImportColumns.ALL, null);
        }
        return header;
    }

    /** Streams the rows to the consumer; row numbers count the header as row 1. */
    static void read(ImportJob.Format format, byte[] content, Consumer<List<String>> header, Consumer<ImportRow> rows) {
        try {
            if (format == ImportJob.Format.CSV) {
                readCsv(content, header, rows);
            } else {
                readXlsx(content, header, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readCsv(byte[] content, Consumer<List<String>> header, Consumer<ImportRow> rows)
            throws IOException {
        List<String> columns = null;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowMissingFields(true)
                .allowExtraFields(true).detectBomHeader(true)
                .ofCsvRecord(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            int row = 0;
            for (CsvRecord record : reader) {
                row++;
                if (columns == null) {
                    columns = normalise(record.getFields());
                    header.accept(columns);
                    continue;
                }
                rows.accept(new ImportRow(row, cells(columns, record.getFields())));
            }
        } catch (de.siegmar.fastcsv.reader.CsvParseException malformed) {
            throw ProblemException.unprocessable("The CSV file is malformed: " + malformed.getMessage(), null);
        }
    }

    private static void readXlsx(byte[] content, Consumer<List<String>> header, Consumer<ImportRow> rows)
            throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getFirstSheet();
            List<String> columns = null;
            try (var stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        values.add(row.getCellText(i));
                    }
                    if (columns == null) {
                        columns = normalise(values);
                        header.accept(columns);
                        continue;
                    }
                    if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                        continue;
                    }
                    rows.accept(new ImportRow(row.getRowNum(), cells(columns, values)));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof HeaderRead || unreadable instanceof ProblemException) {
                throw unreadable;
            }
            throw ProblemException.unprocessable("The file is not a readable XLSX workbook: " + unreadable.getMessage(),
                    null);
        }
    }

    private static List<String> normalise(List<String> header) {
        return header.stream().map(name -> name == null ? "" : name.trim().toLowerCase(Locale.ROOT)).toList();
    }

    private static Map<String, String> cells(List<String> columns, List<String> values) {
        Map<String, String> cells = new HashMap<>(columns.size() * 2);
        for (int i = 0; i < columns.size() && i < values.size(); i++) {
            cells.put(columns.get(i), values.get(i));
        }
        return cells;
    }

    private static void requireUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            throw ProblemException.unprocessable("The CSV file is not UTF-8: save it as \"CSV UTF-8\" and upload it again",
                    null);
        }
    }

    /** Stops reading after the header. */
    private static final class HeaderRead extends RuntimeException {
        HeaderRead() {
            super(null, null, false, false);
        }
    }
}
