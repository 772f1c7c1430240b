package com.voicepact.domain.contract;

import java.util.Locale;
import java.util.Objects;

/**
 * A term the parties can be unsure of and correct from a phone: the product, the quantity (with its unit), the price
 * (unit price and total, one agreed amount), the delivery place and the delivery date.
 */
public enum TermField {
    PRODUCT,
    QUANTITY,
    PRICE,
    PLACE,
    DATE;

    /** Whether this term differs between {@code before} and {@code after} (both non-null). */
    public boolean changedBetween(ContractTerms before, ContractTerms after) {
        return switch (this) {
            case PRODUCT -> !Objects.equals(before.product(), after.product());
            case QUANTITY -> !Objects.equals(before.quantity(), after.quantity());
            case PRICE ->
                !Objects.equals(before.unitPrice(), after.unitPrice())
                        || !Objects.equals(before.total(), after.total());
            case PLACE -> !Objects.equals(before.deliveryLocation(), after.deliveryLocation());
            case DATE -> !Objects.equals(before.deliveryDeadline(), after.deliveryDeadline());
        };
    }

    /** {@code price}, {@code place}, ...: the stored and catalogued name ({@code term.price}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException for a name that is no term field
     */
    public static TermField fromWireName(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
