package org.taplatform.console.page;

import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What every page's layout needs: the language and its direction, the languages offered (each named in itself), the
 * page's own path (the language form comes back to it), who is signed in, if anyone, and which of the console's
 * pages their roles open (the navigation offers only those).
 */
public record PageContext(String lang, String dir, String path, String user, List<LanguageName> languages,
        boolean readsNeeds, boolean focalPoint, boolean readsCycles, boolean reportsActivities, boolean readsAlerts, boolean coordinator) {

    public record LanguageName(String tag, String name) {
    }

    static final List<LanguageName> LANGUAGES = List.of(new LanguageName("ar", "العربية"),
            new LanguageName("zh", "中文"), new LanguageName("en", "English"), new LanguageName("fr", "Français"),
            new LanguageName("ru", "Русский"), new LanguageName("es", "Español"));

    /** The roles needs-service lets read its register (as NeedsPage allows). */
    static final List<String> NEEDS_READERS = List.of("coordinator", "state-focal-point", "donor", "partner",
            "field-office");

    /** The roles that report activities for their own organisation (as ActivitiesPage allows). */
    static final List<String> ACTIVITY_REPORTERS = List.of("field-office", "donor", "partner");

    static PageContext of(Language language, String path, SecurityIdentity identity) {
        boolean signedIn = identity != null && !identity.isAnonymous();
        String user = signedIn ? identity.getPrincipal().getName() : null;
        boolean readsNeeds = signedIn && NEEDS_READERS.stream().anyMatch(identity::hasRole);
        return new PageContext(language.tag(), language.direction(), path, user, LANGUAGES, readsNeeds,
                signedIn && identity.hasRole("state-focal-point"),
                signedIn && (identity.hasRole("coordinator") || identity.hasRole("analyst")),
                signedIn && ACTIVITY_REPORTERS.stream().anyMatch(identity::hasRole),
                signedIn && (identity.hasRole("coordinator") || ACTIVITY_REPORTERS.stream().anyMatch(identity::hasRole)),
                signedIn && identity.hasRole("coordinator"));
    }
}
