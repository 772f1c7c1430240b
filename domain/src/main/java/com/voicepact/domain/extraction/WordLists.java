package com.voicepact.domain.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Word lists kept as data beside the rules (the gazetteer of places, everyday words): read once from the classpath,
 * UTF-8, one entry a line, {@code #} starting a comment line.
 */
final class WordLists {

    /** Everyday words that are neither a place nor a misheard product ("money" is not "honey"). */
    static final Set<String> COMMON = lines("common-words.txt").stream()
            .flatMap(line -> Arrays.stream(line.toLowerCase(Locale.ROOT).split("\\s+")))
            .filter(w -> !w.isBlank())
            .collect(Collectors.toUnmodifiableSet());

    private WordLists() {}

    /** The non-blank, non-comment lines of resource {@code name} beside this class. */
    static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("word list " + name + " cannot be read", e);
        }
        return lines;
    }
}
