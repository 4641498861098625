package org.taplatform.console.page;

import java.util.Map;

/** The realm's roles (deploy/keycloak/ta-platform-realm.json) as each language names them. */
final class RoleNames {

    private static final Map<String, Map<String, String>> NAMES = Map.of(
            "coordinator", Map.of("ar", "منسق", "zh", "协调员", "en", "Coordinator", "fr", "Coordonnateur",
                    "ru", "Координатор", "es", "Coordinador"),
            "state-focal-point", Map.of("ar", "جهة وصل وطنية", "zh", "国家联络人", "en", "State focal point",
                    "fr", "Point de contact national", "ru", "Национальный координационный центр",
                    "es", "Coordinador nacional"),
            "field-office", Map.of("ar", "مكتب ميداني", "zh", "外地办事处", "en", "Field office",
                    "fr", "Bureau extérieur", "ru", "Отделение на местах", "es", "Oficina sobre el terreno"),
            "donor", Map.of("ar", "جهة مانحة", "zh", "捐助方", "en", "Donor", "fr", "Donateur", "ru", "Донор",
                    "es", "Donante"),
            "partner", Map.of("ar", "شريك", "zh", "合作伙伴", "en", "Partner", "fr", "Partenaire", "ru", "Партнер",
                    "es", "Asociado"),
            "analyst", Map.of("ar", "محلل", "zh", "分析员", "en", "Analyst", "fr", "Analyste", "ru", "Аналитик",
                    "es", "Analista"));

    private RoleNames() {
    }

    /** The role's name in the language; a role the console does not know keeps its code. */
    static String of(String role, String language) {
        Map<String, String> names = NAMES.get(role);
        return names == null ? role : names.getOrDefault(language, names.get("en"));
    }

    static boolean isKnown(String role) {
        return NAMES.containsKey(role);
    }
}
