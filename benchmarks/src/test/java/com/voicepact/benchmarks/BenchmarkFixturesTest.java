package com.voicepact.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.domain.extraction.ExtractedTerms;
import com.voicepact.domain.ussd.UssdState;
import com.voicepact.domain.ussd.UssdStep;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmarks measure the screens and transcripts they say they do, not an error path or an empty input. */
class BenchmarkFixturesTest {

    private static UssdMenuBenchmark.Caller caller(int contracts) {
        UssdMenuBenchmark.Caller caller = new UssdMenuBenchmark.Caller();
        caller.contracts = contracts;
        caller.setUp();
        return caller;
    }

    @Test
    void givenFiftyContracts_whenListed_thenTheFirstPageOfOpenOnesWithMore() {
        UssdStep list = new UssdMenuBenchmark().list(caller(50));

        assertThat(list.screen())
                .startsWith("CON Your Contracts:\n1. AG-2026-000050 ")
                .contains("2. AG-2026-000048 ") // 49 is completed: not listed
                .contains("98. More");
        assertThat(list.state().screen()).isEqualTo(UssdState.Screen.LIST);
    }

    @Test
    void givenContracts_whenTheFirstIsOpened_thenItsScreenWithActionsAndTheTermsShown() {
        UssdStep detail = new UssdMenuBenchmark().detail(caller(5));

        assertThat(detail.screen())
                .startsWith("CON ")
                .contains("AG-2026-000005")
                .contains("1. ");
        assertThat(detail.state().screen()).isEqualTo(UssdState.Screen.DETAIL);
        assertThat(detail.state().shown()).isEqualTo("fp-5");
    }

    @Test
    void givenNoContracts_whenListed_thenTheEmptyList() {
        assertThat(new UssdMenuBenchmark().list(caller(0)).screen()).contains("No contracts");
    }

    @Test
    void givenFiftyContracts_whenPaymentsAsked_thenSumsOnSeveralPages() {
        UssdStep payments = new UssdMenuBenchmark().payments(caller(50));

        assertThat(payments.screen()).contains("000050 KES").contains("98. More");
    }

    @Test
    void givenAStoredDetailState_whenDecoded_thenTheSameState() {
        UssdMenuBenchmark.Stored stored = new UssdMenuBenchmark.Stored();
        stored.setUp();

        assertThat(stored.detail.shown()).isNotNull();
        assertThat(new UssdMenuBenchmark().decode(stored)).isEqualTo(stored.detail);
        assertThat(new UssdMenuBenchmark().hop(caller(5))).startsWith("DETAIL|AG-2026-000005|0|LIST");
    }

    private static final Map<Transcript, String> PRODUCTS = Map.of(
            Transcript.EN_SHORT, "goat",
            Transcript.EN_TYPICAL, "pea",
            Transcript.EN_LONG, "maize",
            Transcript.SW_TYPICAL, "rice",
            Transcript.SW_LONG, "egg",
            Transcript.SHENG_TYPICAL, "maize");

    @ParameterizedTest
    @EnumSource(Transcript.class)
    void givenACorpusTranscript_whenExtracted_thenItsProductIsFound(Transcript transcript) {
        TermExtractorBenchmark.Call call = new TermExtractorBenchmark.Call();
        call.transcript = transcript;
        call.setUp();

        ExtractedTerms terms = new TermExtractorBenchmark().extract(call);

        assertThat(call.text).isNotBlank().doesNotEndWith("\n");
        assertThat(terms.product().value()).isEqualTo(PRODUCTS.get(transcript));
    }

    @Test
    void givenATypedProductWord_whenLookedUp_thenTheCanonicalProduct() {
        assertThat(new TermExtractorBenchmark().lexiconProduct()).contains("maize");
    }
}
