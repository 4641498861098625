package org.taplatform.needs.export;

import org.taplatform.reference.UnLanguage;
import org.taplatform.reference.api.ColumnLabels;

/** The export's column labels in the six UN languages (export-headers.json), for the people who open the XLSX file. */
final class ExportHeaders {

    private static final ColumnLabels LABELS = ColumnLabels.of(ExportHeaders.class, "export-headers.json");

    private ExportHeaders() {
    }

    /** The column's label in the language, in English where it has none, its machine name where it has no label. */
    static String label(String column, UnLanguage language) {
        return LABELS.label(column, language);
    }
}
