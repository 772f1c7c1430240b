package com.voicepact.adapter.in.web.voice;

import com.voicepact.domain.extraction.ExtractedTerms;
import java.util.LinkedHashMap;
import java.util.Map;

/** Extracted terms in the corpus's field names and canonical forms (dates as YYYY-MM-DD). */
final class ExtractFields {

    private ExtractFields() {}

    static Map<String, Object> of(ExtractedTerms t) {
        Map<String, Object> fields = new LinkedHashMap<>();
        t.byName()
                .forEach((name, field) -> fields.put(
                        name, field.value() instanceof java.time.LocalDate date ? date.toString() : field.value()));
        return fields;
    }

    static Map<String, Double> confidences(ExtractedTerms t) {
        Map<String, Double> confidence = new LinkedHashMap<>();
        t.byName().forEach((name, field) -> confidence.put(name, field.confidence()));
        return confidence;
    }
}
