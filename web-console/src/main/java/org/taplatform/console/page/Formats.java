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
}
