package org.taplatform.reference;

import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet program will not run as formulas (CSV injection, OWASP): a value a focal point or an
 * organisation typed (a need's description, a channel's note) may start with {@code = + - @}, a tab or a carriage
 * return, or their full-width forms, which Excel, LibreOffice and Google Sheets take as the start of a formula
 * ({@code =HYPERLINK(...)}, {@code =cmd|...}, {@code @SUM(...)}). Such a cell gets a leading apostrophe, which the
 * programs show as text and OWASP recommends; the CSV writer quotes it as needed. A plain number ({@code -5},
 * {@code +3.5}) is left alone: it cannot be a formula, and a column of numbers stays one.
 */
public final class CsvCells {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private CsvCells() {
    }

    public static String neutralised(String value) {
        if (value == null || value.isEmpty() || !startsAFormula(value.charAt(0))
                || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }

    private static boolean startsAFormula(char first) {
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
