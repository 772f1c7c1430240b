package com.voicepact.benchmarks;

import com.voicepact.domain.extraction.ExtractedTerms;
import com.voicepact.domain.extraction.ExtractionContext;
import com.voicepact.domain.extraction.Lexicon;
import com.voicepact.domain.extraction.TermExtractor;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The term extractor ({@link TermExtractor#extract(String, ExtractionContext)}) on real transcripts of the test
 * corpus ({@link Transcript}), and the lexicon look-up of a product typed in an SMS correction. Average time per call
 * in µs; with {@code -prof gc}, bytes allocated per call ({@code gc.alloc.rate.norm}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TermExtractorBenchmark {

    /** One call: its transcript and what is known of it besides the words (the day). */
    @State(Scope.Benchmark)
    public static class Call {

        @Param({"EN_SHORT", "EN_TYPICAL", "EN_LONG", "SW_TYPICAL", "SW_LONG", "SHENG_TYPICAL"})
        public Transcript transcript;

        String text;
        ExtractionContext context;

        @Setup
        public void setUp() {
            text = transcript.text();
            context = ExtractionContext.on(transcript.referenceDate());
        }
    }

    /** The terms of one call's transcript. */
    @Benchmark
    public ExtractedTerms extract(Call call) {
        return TermExtractor.extract(call.text, call.context);
    }

    /** A product word typed in a correction SMS ({@code BIDHAA-<id> mahindi}). */
    @Benchmark
    public Optional<String> lexiconProduct() {
        return Lexicon.product("Mahindi");
    }
}
