package org.taplatform.survey.bulk;

import java.util.Map;

/** One row of an import file: a State's answer to one question (or one of its needs). Row 1 is the header. */
record ImportRow(int row, Map<String, String> cells) {

    String get(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    String country() {
        return get(ImportColumns.COUNTRY);
    }

    String instrument() {
        return get(ImportColumns.INSTRUMENT);
    }

    String question() {
        return get(ImportColumns.QUESTION);
    }
}
