package com.voicepact.domain.contract;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import java.time.LocalDate;

/**
 * What the parties agreed. The total must equal quantity x unit price whenever both are known;
 * {@link #of} computes whichever of them is missing.
 */
public record ContractTerms(
        String product,
        Quantity quantity,
        Money unitPrice,
        Money total,
        String deliveryLocation,
        LocalDate deliveryDeadline,
        String qualityRequirements,
        String paymentTerms) {

    /** How far ahead a delivery deadline may be when the contract is made. */
    public static final java.time.Period DEADLINE_REACH = java.time.Period.ofYears(5);

    public ContractTerms {
        product = InvalidValueException.requireText(product, "product", 200);
        InvalidValueException.require(total != null, "total amount is required (or quantity and unit price)");
        InvalidValueException.require(total.isPositive(), "total amount must be positive");
        if (unitPrice != null) {
            InvalidValueException.require(unitPrice.isPositive(), "unit price must be positive");
            InvalidValueException.require(
                    unitPrice.hasSameCurrencyAs(total),
                    "unit price currency " + unitPrice.currency() + " differs from total currency " + total.currency());
        }
        if (quantity != null && unitPrice != null) {
            Money expected = totalOf(quantity, unitPrice);
            InvalidValueException.require(
                    expected.equals(total),
                    "total " + total + " is inconsistent with quantity x unit price = "
                            + quantity.value().toPlainString() + " x "
                            + unitPrice.amount().toPlainString() + " = " + expected);
        }
        deliveryLocation = optionalText(deliveryLocation, "delivery location", 200);
        qualityRequirements = optionalText(qualityRequirements, "quality requirements", 500);
        paymentTerms = optionalText(paymentTerms, "payment terms", 500);
    }

    /** Builds terms, computing the total from quantity x unit price when it is not given. */
    public static ContractTerms of(
            String product,
            Quantity quantity,
            Money unitPrice,
            Money total,
            String deliveryLocation,
            LocalDate deliveryDeadline,
            String qualityRequirements,
            String paymentTerms) {
        Money effectiveTotal = total;
        if (effectiveTotal == null && quantity != null && unitPrice != null) {
            effectiveTotal = totalOf(quantity, unitPrice);
        }
        return new ContractTerms(
                product,
                quantity,
                unitPrice,
                effectiveTotal,
                deliveryLocation,
                deliveryDeadline,
                qualityRequirements,
                paymentTerms);
    }

    /** Quantity x unit price, refused in the total's own words when no money column could hold it. */
    private static Money totalOf(Quantity quantity, Money unitPrice) {
        java.math.BigDecimal exact = unitPrice.amount().multiply(quantity.value());
        Money.requirePositiveInRange(exact, unitPrice.currency(), "total amount (quantity x unit price)");
        Money total = unitPrice.times(quantity.value());
        InvalidValueException.require(
                total.isPositive(),
                "total amount (quantity x unit price) "
                        + InvalidValueException.shown(exact) + " " + total.currency()
                        + " is below the smallest amount, "
                        + total.currency() + " "
                        + java.math.BigDecimal.ONE
                                .movePointLeft(total.currency().minorUnits())
                                .toPlainString());
        return total;
    }

    /**
     * Refuses a delivery deadline before {@code today} (the creator's calendar day, which the caller
     * takes from its clock): a contract cannot promise a delivery that is already late.
     *
     * @throws InvalidValueException when the deadline is before today; a deadline of today or none is fine
     */
    public void requireDeadlineNotBefore(LocalDate today) {
        InvalidValueException.require(
                deliveryDeadline == null || !deliveryDeadline.isBefore(today),
                "delivery deadline " + deliveryDeadline + " is in the past (today is " + today + ")");
    }

    /**
     * Refuses a delivery deadline before {@code today} or more than {@link #DEADLINE_REACH} after it
     * (a deadline of 9999-12-31 is a typo or a way round the escrow timeout, not a delivery plan).
     *
     * @throws InvalidValueException "delivery deadline ... is in the past" or "... is more than 5 years ahead"
     */
    public void requireDeadlineWithinReach(LocalDate today) {
        requireDeadlineNotBefore(today);
        LocalDate latest = today.plus(DEADLINE_REACH);
        InvalidValueException.require(
                deliveryDeadline == null || !deliveryDeadline.isAfter(latest),
                "delivery deadline " + deliveryDeadline + " is more than 5 years ahead (the latest is " + latest + ")");
    }

    private static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : InvalidValueException.requireText(value, field, maxLength);
    }
}
