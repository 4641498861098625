package org.taplatform.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as a search compares it: accents and case gone, the typographic apostrophe as the plain one ("Côte d’Ivoire"
 * and "cote d'ivoire" fold alike). One folding for country search, duplicate organisations and subtype suggestions.
 */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFolding() {
    }

    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").replace('’', '\'')
                .toLowerCase(Locale.ROOT);
    }
}
