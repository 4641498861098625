package org.taplatform.console.page;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * Numbers as each language writes them (CLDR, through the JDK): "1 234,5" in French, "1,234.5" in English; Arabic
 * with the Western digits UN documents in Arabic use.
 */
@TemplateExtension(namespace = "fmt")
public class Formats {

    static Locale locale(String tag) {
        // "ar" alone would give Arabic-Indic digits in some JDKs; UN Arabic documents write Western digits
        return "ar".equals(tag) ? Locale.forLanguageTag("ar-u-nu-latn") : Locale.forLanguageTag(tag);
    }

    public static String count(long value, String tag) {
        return NumberFormat.getIntegerInstance(locale(tag)).format(value);
    }

    public static String count(int value, String tag) {
        return count((long) value, tag);
    }

    public static String percent(BigDecimal value, String tag) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale(tag));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value) + " %";
    }

    /** A score or an amount with up to two decimals. */
    public static String decimal(double value, String tag) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(tag));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /**
     * A date or a moment the services write in ISO 8601 ("2026-03-01", "2026-11-20T09:30:00Z"), as the language writes a
     * date ("20 nov. 2026", "20.11.2026"); a moment's day in UTC, as the services record it. Text that is not a date
     * stays as it is.
     */
    public static String date(String iso, String tag) {
        if (iso == null || iso.isEmpty()) {
            return "–";
        }
        try {
            java.time.LocalDate day = iso.length() > 10 ? java.time.Instant.parse(iso).atZone(java.time.ZoneOffset.UTC)
                    .toLocalDate() : java.time.LocalDate.parse(iso);
            return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                    .withLocale(locale(tag)).format(day);
        } catch (java.time.format.DateTimeParseException notADate) {
            return iso;
        }
    }

    /**
     * A moment the services write in ISO 8601 ("2026-11-20T09:30:05Z") as the language writes a date and a time, in
     * UTC as the services record it, and saying so: where seconds between attempts matter (a delivery's log).
     */
    public static String moment(String iso, String tag) {
        if (iso == null || iso.isEmpty()) {
            return "–";
        }
        try {
            return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                    .withLocale(locale(tag)).withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.parse(iso))
                    + " UTC";
        } catch (java.time.format.DateTimeParseException notAMoment) {
            return iso;
        }
    }
}
