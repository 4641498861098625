package org.taplatform.console.page;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The language a page is shown in, one of the six UN languages: the one asked for (?lang=), else the one the user chose
 * before (the {@code lang} cookie), else the browser's first UN language (Accept-Language), else English.
 */
public class Language {

    public static final List<String> TAGS = List.of("ar", "zh", "en", "fr", "ru", "es");
    public static final String COOKIE = "lang";

    @QueryParam("lang")
    String asked;
    @CookieParam(COOKIE)
    String chosen;
    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    String browser;

    /** The language of a request read outside a resource method (an exception mapper). */
    static Language of(String asked, String chosen, String browser) {
        Language language = new Language();
        language.asked = asked;
        language.chosen = chosen;
        language.browser = browser;
        return language;
    }

    /** The language of a request outside a page's method (an exception mapper's page), from the same three sources. */
    static Language of(jakarta.ws.rs.core.UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        jakarta.ws.rs.core.Cookie chosen = headers.getCookies().get(COOKIE);
        return of(uri.getQueryParameters().getFirst("lang"), chosen == null ? null : chosen.getValue(),
                headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE));
    }

    public String tag() {
        if (isUn(asked)) {
            return asked;
        }
        if (isUn(chosen)) {
            return chosen;
        }
        if (browser != null && !browser.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(browser)) {
                    String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (TAGS.contains(primary)) {
                        return primary;
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header counts as none
            }
        }
        return "en";
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    /** Arabic is written right to left. */
    public String direction() {
        return "ar".equals(tag()) ? "rtl" : "ltr";
    }

    static boolean isUn(String tag) {
        return tag != null && TAGS.contains(tag);
    }
}
