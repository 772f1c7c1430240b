package com.voicepact.adapter.in.web.voice;

import com.voicepact.domain.extraction.ExtractedTerms;
import java.util.LinkedHashMap;
import java.util.Map;

/** Extracted terms in the corpus's field names and canonical forms. */
final class ExtractFields {

    private ExtractFields() {
    }

    static Map<String, Object> of(ExtractedTerms t) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("product", t.product().value());
        fields.put("quantity", t.quantity().value());
        fields.put("unit", t.unit().value());
        fields.put("unit_price", t.unitPrice().value());
        fields.put("total_amount", t.totalAmount().value());
        fields.put("currency", t.currency().value());
        fields.put("delivery_location", t.deliveryLocation().value());
        fields.put("delivery_deadline", t.deliveryDeadline().value() == null ? null : t.deliveryDeadline().value().toString());
        fields.put("quality_requirements", t.qualityRequirements().value());
        return fields;
    }

    private static java.util.List<ExtractedTerms.Field<?>> heardFields(ExtractedTerms t) {
        return java.util.stream.Stream.<ExtractedTerms.Field<?>>of(t.product(), t.quantity(), t.unit(), t.unitPrice(), t.totalAmount(),
                t.deliveryLocation(), t.deliveryDeadline()).filter(ExtractedTerms.Field::present).toList();
    }

    /** The mean confidence of the fields that were heard. */
    static double confidence(ExtractedTerms t) {
        double[] heard = heardFields(t).stream().mapToDouble(ExtractedTerms.Field::confidence).toArray();
        return heard.length == 0 ? 0 : Math.round(java.util.Arrays.stream(heard).average().orElse(0) * 100) / 100.0;
    }
}
