package com.voicepact.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a speech-to-text engine writes, extraction returns terms (maybe empty) and never throws. */
class TermExtractorRobustnessTest {

    private static final List<String> MARKET_WORDS = List.of(
            "bags",
            "of",
            "maize",
            "kila",
            "kwa",
            "per",
            "each",
            "total",
            "jumla",
            "shillings",
            "bob",
            "elfu",
            "mia",
            "na",
            "tarehe",
            "on",
            "the",
            "by",
            "deliver",
            "tutaleta",
            "to",
            "kesho",
            "next",
            "friday",
            "mwisho",
            "wa",
            "mwezi",
            "3,500",
            "3.5k",
            "25th",
            "2/3",
            "99/99",
            "31",
            "0",
            "0.5",
            "-4",
            "costs",
            "goats",
            "ya",
            "grade",
            "daraja",
            "la",
            "kwanza",
            "homa",
            "bay",
            "in",
            "days",
            "laki",
            "million",
            "and",
            "a",
            "hundred",
            "...",
            "é",
            "€",
            "\u2019");

    @Property(tries = 2000)
    void givenAnyMixOfMarketWordsAndNoise_whenExtracted_thenNoException(
            @ForAll("speech") String transcript, @ForAll("days") LocalDate day) {
        ExtractedTerms terms = TermExtractor.extract(transcript, day);
        assertThat(terms).isNotNull();
        if (terms.deliveryDeadline().value() != null) {
            assertThat(terms.deliveryDeadline().value()).isAfterOrEqualTo(day);
        }
    }

    @Property(tries = 500)
    void givenArbitraryText_whenExtracted_thenNoException(@ForAll String transcript) {
        assertThat(TermExtractor.extract(transcript, LocalDate.of(2026, 2, 28))).isNotNull();
    }

    @Provide
    Arbitrary<String> speech() {
        return Arbitraries.of(MARKET_WORDS).list().ofMaxSize(30).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers()
                .between(0, 3000)
                .map(n -> LocalDate.of(2025, 1, 1).plusDays(n));
    }
}
