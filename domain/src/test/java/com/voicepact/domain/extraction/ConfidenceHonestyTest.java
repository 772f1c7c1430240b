package com.voicepact.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over the whole corpus (dev, own held-out and every batch): how often a field heard at or above
 * {@link ExtractedTerms.Field#CERTAIN} is right, against one heard below it (computed, rescaled from a short reply,
 * a count said without its unit, a product one letter off, a place or currency guessed). Both rates are printed.
 * A field shown to the parties as certain must be right at least 98% of the time, and the guesses must be marked:
 * some fields come below CERTAIN.
 */
class ConfidenceHonestyTest {

    @Test
    void givenTheWholeCorpus_whenExtracted_thenFieldsShownAsCertainAreRightAndGuessesAreMarked() throws Exception {
        CorpusScore score = new CorpusScore()
                .add(CorpusAccuracyTest.corpus())
                .add(CorpusAccuracyTest.resource("/extraction/own-heldout.jsonl"));
        for (List<JsonNode> batch : CorpusScore.batches().values()) {
            score.add(batch);
        }
        System.out.printf(
                "confidence over the whole corpus: at or above CERTAIN right %s; below CERTAIN right %s%n",
                score.certain, score.uncertain);
        assertThat(score.certain.percent()).isGreaterThanOrEqualTo(98.0);
        assertThat(score.uncertain.total).isPositive();
    }
}
