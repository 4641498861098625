package org.taplatform.console.page;

import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What every page's layout needs: the language and its direction, the languages offered (each named in itself), the
 * page's own path (the language form comes back to it) and who is signed in, if anyone.
 */
public record PageContext(String lang, String dir, String path, String user, List<LanguageName> languages) {

    public record LanguageName(String tag, String name) {
    }

    static final List<LanguageName> LANGUAGES = List.of(new LanguageName("ar", "العربية"),
            new LanguageName("zh", "中文"), new LanguageName("en", "English"), new LanguageName("fr", "Français"),
            new LanguageName("ru", "Русский"), new LanguageName("es", "Español"));

    static PageContext of(Language language, String path, SecurityIdentity identity) {
        String user = identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
        return new PageContext(language.tag(), language.direction(), path, user, LANGUAGES);
    }
}
