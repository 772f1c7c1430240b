package com.voicepact.domain.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms heard in a negotiation, each with how sure the rules are (0 to 1). A field not heard is
 * a {@link Field} with a null value and confidence 0.
 */
public record ExtractedTerms(Field<String> product, Field<BigDecimal> quantity, Field<String> unit, Field<BigDecimal> unitPrice,
                             Field<BigDecimal> totalAmount, Field<String> currency, Field<String> deliveryLocation,
                             Field<LocalDate> deliveryDeadline, Field<String> qualityRequirements) {

    public record Field<T>(T value, double confidence) {

        public static <T> Field<T> of(T value, double confidence) {
            return value == null ? none() : new Field<>(value, confidence);
        }

        public static <T> Field<T> none() {
            return new Field<>(null, 0);
        }

        public boolean present() {
            return value != null;
        }
    }

    /** A draft can be sent for confirmation only with product, quantity and a price. */
    public boolean isCompleteForConfirmation() {
        return product.present() && quantity.present() && (unitPrice.present() || totalAmount.present());
    }
}
