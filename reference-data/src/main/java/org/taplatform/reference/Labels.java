package org.taplatform.reference;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A text in the six UN languages. A missing translation falls back to English. */
public record Labels(Map<UnLanguage, String> byLanguage) {

    public Labels {
        EnumMap<UnLanguage, String> copy = new EnumMap<>(UnLanguage.class);
        byLanguage.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                copy.put(language, text);
            }
        });
        byLanguage = Collections.unmodifiableMap(copy);
    }

    public static Labels ofTags(Map<String, String> byTag) {
        EnumMap<UnLanguage, String> map = new EnumMap<>(UnLanguage.class);
        byTag.forEach((tag, text) -> UnLanguage.ofTag(tag).ifPresent(language -> map.put(language, text)));
        return new Labels(map);
    }

    public String in(UnLanguage language) {
        String text = byLanguage.get(language);
        return text != null ? text : byLanguage.get(UnLanguage.FALLBACK);
    }

    public boolean isComplete() {
        return byLanguage.size() == UnLanguage.values().length;
    }

    /** Labels keyed by BCP 47 tag, in the UN's order (ar, zh, en, fr, ru, es), as the REST API shows them. */
    public Map<String, String> byTag() {
        Map<String, String> result = new LinkedHashMap<>();
        byLanguage.forEach((language, text) -> result.put(language.tag(), text));
        return result;
    }
}
