package com.voicepact.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/embedding.md honest: every Java snippet in it is code of this module (compared without
 * whitespace, so a formatter does not break it), and every example file it points to exists.
 */
class EmbeddingGuideTest {

    private static final Path GUIDE = Path.of("../../docs/embedding.md");
    private static final Path SOURCES = Path.of("src/test/java");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXAMPLE_PATH = Pattern.compile("examples/embedding/(src/test/java/[\\w/]+\\.java)");

    @Test
    void everyJavaSnippetOfTheGuideIsCompiledAndRunHere() throws IOException {
        String guide = Files.readString(GUIDE);
        String sources = withoutWhitespace(allSources());
        List<String> snippets = matches(JAVA_BLOCK, guide);

        assertThat(snippets).as("the guide's java snippets").hasSizeGreaterThanOrEqualTo(3);
        assertThat(snippets)
                .allSatisfy(snippet -> assertThat(sources)
                        .as("this snippet of docs/embedding.md is not in examples/embedding:%n%s", snippet)
                        .contains(withoutWhitespace(snippet)));
    }

    @Test
    void everyExampleFileTheGuideNamesExists() throws IOException {
        List<String> named = matches(EXAMPLE_PATH, Files.readString(GUIDE));

        assertThat(named)
                .isNotEmpty()
                .allSatisfy(path -> assertThat(Path.of(path)).isRegularFile());
    }

    private static String allSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> java = files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList());
            StringBuilder all = new StringBuilder();
            for (Path file : java) {
                all.append(Files.readString(file));
            }
            return all.toString();
        }
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }
}
