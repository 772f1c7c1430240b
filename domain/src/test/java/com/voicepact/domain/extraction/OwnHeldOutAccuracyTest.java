package com.voicepact.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Transcripts written after the rules, in the corpus's style but with other places, products,
 * haggling shapes and date words: a guard against rules that only fit the dev corpus.
 * Scored exactly as the corpus README says.
 */
class OwnHeldOutAccuracyTest {

    @Test
    void givenTranscriptsTheRulesWereNotWrittenOn_whenExtracted_thenAtLeast90PercentOfFieldsAreRight()
            throws Exception {
        double accuracy = CorpusAccuracyTest.score(
                "the own held-out set", CorpusAccuracyTest.resource("/extraction/own-heldout.jsonl"));
        assertThat(accuracy).isGreaterThanOrEqualTo(90.0);
    }
}
