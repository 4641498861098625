package org.taplatform.registry.tool;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article of an instrument, as a tool names what it serves: {@code UNTOC 18}, {@code UNTOC 18(13)},
 * {@code FIREARMS 13(2)}. Known when the instrument is and the article is within its number of articles.
 */
final class ArticleReference {

    /** Articles per instrument: the Convention 41, the Protocols 20, 25 and 21. */
    static final Map<String, Integer> ARTICLES = Map.of("UNTOC", 41, "TIP", 20, "SOM", 25, "FIREARMS", 21);

    private static final Pattern FORM = Pattern.compile("([A-Z]+) (\\d{1,2})(\\(\\d{1,2}\\))?");

    private ArticleReference() {
    }

    static boolean isKnown(String reference) {
        Matcher matcher = FORM.matcher(reference == null ? "" : reference);
        if (!matcher.matches() || !ARTICLES.containsKey(matcher.group(1))) {
            return false;
        }
        int article = Integer.parseInt(matcher.group(2));
        return article >= 1 && article <= ARTICLES.get(matcher.group(1));
    }
}
