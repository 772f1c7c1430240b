package com.voicepact.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Real transcripts of the extractor's test corpus (domain/src/test/resources/extraction/batches; the id says which
 * line), copied into this module's resources/transcripts, with the day of the call they were recorded against.
 */
public enum Transcript {
    /** 65 characters, one sentence (w2-b3-07). */
    EN_SHORT("en-short", "2027-04-28"),
    /** 276 characters, a haggle in turns (w3-b2-20). */
    EN_TYPICAL("en-typical", "2026-10-20"),
    /** 1,142 characters, a long call with greetings, a haggle and a change of mind (w5-b1-01). */
    EN_LONG("en-long", "2026-03-04"),
    /** 258 characters (w3-b3-06). */
    SW_TYPICAL("sw-typical", "2027-02-16"),
    /** 574 characters (w5-b1-02). */
    SW_LONG("sw-long", "2026-05-18"),
    /** 203 characters (w1-b1-18). */
    SHENG_TYPICAL("sheng-typical", "2027-08-02");

    private final String resource;
    private final LocalDate referenceDate;

    Transcript(String resource, String referenceDate) {
        this.resource = resource;
        this.referenceDate = LocalDate.parse(referenceDate);
    }

    public LocalDate referenceDate() {
        return referenceDate;
    }

    /** The transcript's text, without the file's final newline. */
    public String text() {
        String path = "/transcripts/" + resource + ".txt";
        try (InputStream in = Transcript.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
