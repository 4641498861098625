package org.taplatform.reference.hygiene;

/**
 * Text the platform stores and passes on: no NUL and no other C0 control character than tab, line feed and carriage
 * return. PostgreSQL cannot store NUL in text at all (it answers "invalid byte sequence", which was a 500), and the
 * other controls are never typed by a person: they are someone probing, or a broken client.
 */
public final class InputText {

    private InputText() {
    }

    /** True when the text holds a character the platform refuses. */
    public static boolean hasForbiddenCharacter(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    public static final String REFUSAL = "contains a NUL or another control character";
}
