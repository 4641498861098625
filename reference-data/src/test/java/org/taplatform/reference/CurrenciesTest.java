package org.taplatform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only money a pledge can be paid in: current ISO 4217 codes, without metals, fund codes, test and "no currency". */
class CurrenciesTest {

    @Test
    void shouldKnowCurrentCurrencies() {
        assertThat(ReferenceData.instance().currencies()).contains("USD", "EUR", "KES", "XOF", "XAF", "XCD", "CHF", "VES");
    }

    @Test
    void shouldRefuseWhatIsNoMoneyToPayIn() {
        assertThat(ReferenceData.instance().currencies()).doesNotContain("XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "USN", "BOV", "CHE",
                "XBA", "XDR");
        // withdrawn codes the JDK still knows
        assertThat(java.util.Currency.getInstance("DEM")).isNotNull();
        assertThat(ReferenceData.instance().isCurrency("DEM")).isFalse();
        assertThat(ReferenceData.instance().isCurrency("ESP")).isFalse();
    }
}
