package com.voicepact.domain.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicepact.domain.common.PhoneNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scores transcripts of the negotiation corpus format (plus {@code language} and optional {@code parties}) per field
 * and per language, the way the corpus README says: a field is right when it equals the expected value (numbers
 * exactly, strings ignoring case and surrounding space). Also counts how often fields heard at or above
 * {@link ExtractedTerms.Field#CERTAIN} are right, against those heard below it.
 */
final class CorpusScore {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Right and total counts of one row of the table. */
    static final class Tally {
        int right;
        int total;

        void add(boolean isRight) {
            total++;
            right += isRight ? 1 : 0;
        }

        double percent() {
            return total == 0 ? 100.0 : 100.0 * right / total;
        }

        @Override
        public String toString() {
            return String.format("%d/%d = %.1f%%", right, total, percent());
        }
    }

    final Tally all = new Tally();
    final Tally conversations = new Tally();
    final Tally certain = new Tally();
    final Tally uncertain = new Tally();
    final Map<String, Tally> byField = new TreeMap<>();
    final Map<String, Tally> byLanguage = new TreeMap<>();
    final List<String> misses = new ArrayList<>();

    /** Scores {@code lines}, adding to this score. */
    CorpusScore add(List<JsonNode> lines) {
        for (JsonNode line : lines) {
            ExtractedTerms terms = TermExtractor.extract(line.path("transcript").asText(), context(line));
            Map<String, ExtractedTerms.Field<?>> fields = terms.byName();
            String language = line.path("language").asText("unlabelled");
            boolean allRight = true;
            for (var it = line.path("expected").fields(); it.hasNext(); ) {
                var expected = it.next();
                ExtractedTerms.Field<?> field = fields.get(expected.getKey());
                Object value = field.value() instanceof LocalDate date ? date.toString() : field.value();
                boolean right = matches(expected.getValue(), value);
                all.add(right);
                byField.computeIfAbsent(expected.getKey(), k -> new Tally()).add(right);
                byLanguage.computeIfAbsent(language, k -> new Tally()).add(right);
                if (field.present()) {
                    (field.isUncertain() ? uncertain : certain).add(right);
                }
                if (!right) {
                    allRight = false;
                    misses.add(line.path("id").asText() + "." + expected.getKey() + ": expected " + expected.getValue()
                            + ", got " + value);
                }
            }
            conversations.add(allRight);
        }
        return this;
    }

    /** Numbers exactly, strings ignoring case and surrounding space; a null expectation wants nothing heard. */
    static boolean matches(JsonNode expected, Object actual) {
        if (expected == null || expected.isNull()) {
            return actual == null;
        }
        if (actual == null) {
            return false;
        }
        if (expected.isNumber()) {
            return actual instanceof BigDecimal number && number.compareTo(expected.decimalValue()) == 0;
        }
        return expected.asText().strip().equalsIgnoreCase(actual.toString().strip());
    }

    /** The call's day and the parties' phones; a phone that is no valid mobile number is left out. */
    static ExtractionContext context(JsonNode line) {
        List<PhoneNumber> parties = new ArrayList<>();
        line.path("parties").forEach(p -> {
            try {
                parties.add(new PhoneNumber(p.asText()));
            } catch (RuntimeException notAMobile) {
                // the scorer keeps the line; the extractor then falls back to the deployment's country
            }
        });
        return new ExtractionContext(
                LocalDate.parse(line.path("reference_date").asText()), parties, ExtractionContext.KENYA);
    }

    /** The table printed by the accuracy tests: all fields, per field, per language, confidence. */
    String table(String name) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "term extraction on %s: %s fields, %s conversations fully right%n", name, all, conversations));
        byField.forEach((field, tally) -> out.append(String.format("  %-22s %s%n", field, tally)));
        byLanguage.forEach((language, tally) -> out.append(String.format("  language %-13s %s%n", language, tally)));
        out.append(String.format("  confidence >= CERTAIN right %s; below CERTAIN right %s%n", certain, uncertain));
        return out.toString();
    }

    static List<JsonNode> read(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).map(CorpusScore::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The batch files in test resources under {@code extraction/batches}, by name. */
    static Map<String, List<JsonNode>> batches() throws IOException, URISyntaxException {
        URL dir = CorpusScore.class.getResource("/extraction/batches");
        Map<String, List<JsonNode>> batches = new TreeMap<>();
        if (dir == null) {
            return batches;
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            files.filter(f -> f.toString().endsWith(".jsonl"))
                    .forEach(f -> batches.put(f.getFileName().toString().replace(".jsonl", ""), read(f)));
        }
        return batches;
    }
}
