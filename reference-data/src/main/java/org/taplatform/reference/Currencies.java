package org.taplatform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The currencies a pledge or a budget may be in: ISO 4217's current codes (currencies.json, from Debian's iso-codes),
 * without what is no money to be paid in (precious metals, bond market units, fund codes such as USN, the testing code
 * XTS, "no currency" XXX, units of account). The JDK's {@code Currency} also knows withdrawn codes, so it cannot say
 * this.
 */
public final class Currencies {

    private static final Set<String> CODES = load();

    private Currencies() {
    }

    public static boolean isCurrency(String code) {
        return code != null && CODES.contains(code);
    }

    public static Set<String> codes() {
        return CODES;
    }

    private static Set<String> load() {
        try (InputStream in = Currencies.class.getResourceAsStream("currencies.json")) {
            if (in == null) {
                throw new IllegalStateException("currencies.json is missing from reference-data");
            }
            JsonNode currencies = new ObjectMapper().readTree(in).path("currencies");
            Set<String> codes = new TreeSet<>();
            currencies.forEach(currency -> codes.add(currency.path("code").asText()));
            return Set.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
