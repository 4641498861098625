package org.taplatform.survey.bulk;

/** Why a row of an import file was not imported: where (row, column), what (value) and why. */
public record RowError(int row, String column, String value, String why) {
}
