package org.taplatform.needs.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.quarkus.logging.Log;

/**
 * Picks an installed font that can draw every character of a chart's texts. Arabic and Chinese need fonts the JDK does
 * not ship: the project's scripts install them (deploy/lib/fonts.sh: DejaVu for Latin, Cyrillic and Arabic,
 * WenQuanYi Micro Hei for Chinese). A logical font would fall back silently to empty boxes; a physical one chosen by
 * what it can display does not.
 */
public final class ChartFonts {

    /** Preferred families, best first; the first installed one that displays the text wins. */
    static final List<String> PREFERRED = List.of("Noto Sans", "DejaVu Sans", "Noto Sans Arabic", "Noto Naskh Arabic",
            "Noto Sans CJK SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback");

    private static final Set<String> INSTALLED = Arrays
            .stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
            .collect(Collectors.toSet());

    private ChartFonts() {
    }

    /** A plain font of the given size that can display all the texts, or a logical one (with a warning) if none can. */
    public static Font forTexts(List<String> texts, float size) {
        String all = String.join("", texts);
        for (String family : PREFERRED) {
            if (INSTALLED.contains(family)) {
                Font font = new Font(family, Font.PLAIN, 1).deriveFont(size);
                if (font.canDisplayUpTo(all) == -1) {
                    return font;
                }
            }
        }
        Log.warnf("No installed font displays all of a chart's text (%s...); install the fonts of deploy/lib/fonts.sh",
                all.substring(0, Math.min(40, all.length())));
        return new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(size);
    }
}
