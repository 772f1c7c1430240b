package com.voicepact.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Accuracy on the negotiation corpus, computed as its README says: right fields / expected fields
 * over the whole file (numbers exactly, strings ignoring case and surrounding space). Fails below 95%.
 * Reads {@code ../shared/corpus} when present (the latest copy), else the copy in test resources.
 */
class CorpusAccuracyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<JsonNode> corpus() throws Exception {
        Path shared = Path.of("..", "..", "shared", "corpus", "negotiations-dev.jsonl");
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader reader = Files.exists(shared)
                ? Files.newBufferedReader(shared)
                : new BufferedReader(new InputStreamReader(
                        CorpusAccuracyTest.class.getResourceAsStream("/corpus/negotiations-dev.jsonl"),
                        StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
        }
        return lines;
    }

    static Map<String, Object> asFields(ExtractedTerms terms) {
        Map<String, Object> fields = new java.util.HashMap<>();
        terms.byName()
                .forEach((name, field) ->
                        fields.put(name, field.value() instanceof LocalDate date ? date.toString() : field.value()));
        return fields;
    }

    static boolean matches(JsonNode expected, Object actual) {
        return CorpusScore.matches(expected, actual);
    }

    @Test
    void givenTheDevCorpus_whenExtracted_thenAtLeast95PercentOfFieldsAreRight() throws Exception {
        assertThat(score("the dev corpus", corpus())).isGreaterThanOrEqualTo(95.0);
    }

    /** Accuracy in percent, printing each miss so a regression names its field. */
    static double score(String name, List<JsonNode> lines) {
        int right = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode line : lines) {
            ExtractedTerms terms = TermExtractor.extract(line.path("transcript").asText(), CorpusScore.context(line));
            Map<String, Object> actual = asFields(terms);
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            line.path("expected").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                total++;
                if (matches(field.getValue(), actual.get(field.getKey()))) {
                    right++;
                } else {
                    misses.add(line.path("id").asText() + "." + field.getKey() + ": expected " + field.getValue()
                            + ", got " + actual.get(field.getKey()));
                }
            }
        }
        double accuracy = 100.0 * right / total;
        System.out.printf("term extraction accuracy on %s: %d/%d = %.1f%%%n", name, right, total, accuracy);
        misses.forEach(m -> System.out.println("  miss " + m));
        return accuracy;
    }

    static List<JsonNode> resource(String path) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(CorpusAccuracyTest.class.getResourceAsStream(path), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
        }
        return lines;
    }
}
