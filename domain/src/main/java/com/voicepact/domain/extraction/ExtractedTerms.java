package com.voicepact.domain.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms heard in a negotiation, each with how sure the rules are (0 to 1). A field not heard is
 * a {@link Field} with a null value and confidence 0.
 */
public record ExtractedTerms(
        Field<String> product,
        Field<BigDecimal> quantity,
        Field<String> unit,
        Field<BigDecimal> unitPrice,
        Field<BigDecimal> totalAmount,
        Field<String> currency,
        Field<String> deliveryLocation,
        Field<LocalDate> deliveryDeadline,
        Field<String> qualityRequirements) {

    public record Field<T>(T value, double confidence) {

        public static <T> Field<T> of(T value, double confidence) {
            return value == null ? none() : new Field<>(value, confidence);
        }

        public static <T> Field<T> none() {
            return new Field<>(null, 0);
        }

        /** Below this a field was guessed rather than heard: the parties are asked to check it before confirming. */
        public static final double CERTAIN = 0.7;

        public boolean present() {
            return value != null;
        }

        /** Heard, but guessed: confidence under {@link #CERTAIN}. A field not heard at all is missing, not uncertain. */
        public boolean isUncertain() {
            return present() && confidence < CERTAIN;
        }
    }

    /** A draft can be sent for confirmation only with product, quantity and a price. */
    public boolean isCompleteForConfirmation() {
        return missingForConfirmation().isEmpty();
    }

    /** What the parties must still say before a draft can be confirmed: "product", "quantity", "price". */
    public List<String> missingForConfirmation() {
        List<String> missing = new ArrayList<>();
        if (!product.present()) {
            missing.add("product");
        }
        if (!quantity.present()) {
            missing.add("quantity");
        }
        if (!unitPrice.present() && !totalAmount.present()) {
            missing.add("price");
        }
        return missing;
    }

    /** The fields under the negotiation corpus's names (product, quantity, unit, unit_price, ...), in that order. */
    public Map<String, Field<?>> byName() {
        Map<String, Field<?>> fields = new LinkedHashMap<>();
        fields.put("product", product);
        fields.put("quantity", quantity);
        fields.put("unit", unit);
        fields.put("unit_price", unitPrice);
        fields.put("total_amount", totalAmount);
        fields.put("currency", currency);
        fields.put("delivery_location", deliveryLocation);
        fields.put("delivery_deadline", deliveryDeadline);
        fields.put("quality_requirements", qualityRequirements);
        return fields;
    }

    /** The mean confidence of the deal's heard fields (currency and grade aside), to two decimals; 0 when none was heard. */
    public double overallConfidence() {
        double[] heard =
                List.of(product, quantity, unit, unitPrice, totalAmount, deliveryLocation, deliveryDeadline).stream()
                        .filter(Field::present)
                        .mapToDouble(Field::confidence)
                        .toArray();
        return heard.length == 0
                ? 0
                : Math.round(java.util.Arrays.stream(heard).average().orElse(0) * 100) / 100.0;
    }
}
