package io.cairn.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubstringsTest {

    @Test
    void shouldAlsoTryAFragmentWithoutItsSeparators() {
        assertThat(Substrings.variants("pay-pal")).containsExactly("pay-pal", "paypal");
        assertThat(Substrings.variants("pay.pal_x")).containsExactly("pay.pal_x", "paypalx");
    }

    @Test
    void shouldTryAFragmentWithoutSeparatorsWithOneHyphenAtEachInnerPosition() {
        assertThat(Substrings.variants("paypal"))
                .containsExactly("paypal", "p-aypal", "pa-ypal", "pay-pal", "payp-al", "paypa-l");
    }

    @Test
    void shouldTryALongFragmentOnlyAsGiven() {
        String longFragment = "a".repeat(Substrings.MAX_HYPHENATED + 1);

        assertThat(Substrings.variants(longFragment)).containsExactly(longFragment);
    }

    @Test
    void shouldNotShortenAFragmentBelowWhatTheIndexServes() {
        assertThat(Substrings.variants("a-b")).containsExactly("a-b");
    }
}
