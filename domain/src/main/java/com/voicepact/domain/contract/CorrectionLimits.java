package com.voicepact.domain.contract;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PlainText;
import com.voicepact.domain.contract.CorrectionRefusedException.Reason;
import com.voicepact.domain.extraction.Lexicon;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The checks of a {@link TermCorrection}'s value that a party's reply names ({@link CorrectionRefusedException}): a
 * number below or at zero, too large, with more decimals than the currency has, in another currency or unit, or no
 * value at all ({@code None}, AT's absent value).
 */
final class CorrectionLimits {

    private CorrectionLimits() {}

    /**
     * The terms after {@code correction}: as {@link TermCorrection#applyTo}, but a price naming another currency on
     * terms whose currency was guessed ({@link TermMarks#currency()}) sets the currency and the unit price together,
     * the total recomputed at the new currency's scale; on a currency heard plainly it is refused.
     */
    static ContractTerms applied(TermCorrection correction, TermsAgreement agreement) {
        ContractTerms t = agreement.terms();
        if (correction instanceof TermCorrection.NewPrice p
                && p.currency() != null
                && p.currency() != t.total().currency()
                && agreement.uncertain().currency()
                && t.quantity() != null) {
            Money price = price(p.amount(), p.currency());
            return ContractTerms.of(
                    t.product(),
                    t.quantity(),
                    price,
                    null,
                    t.deliveryLocation(),
                    t.deliveryDeadline(),
                    t.qualityRequirements(),
                    t.paymentTerms());
        }
        return correction.applyTo(t);
    }

    static void requirePositive(BigDecimal amount, String what) {
        if (amount.signum() < 0) {
            throw refused(Reason.NEGATIVE, "", what + " cannot be negative, got " + shown(amount));
        }
        if (amount.signum() == 0) {
            throw refused(Reason.ZERO, "", what + " must be more than 0");
        }
    }

    /** The unit typed with a quantity, canonical when the lexicon knows it ({@code gunia}: {@code bag}); null for none. */
    static String typedUnit(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String clean = PlainText.clean(typed);
        return Lexicon.unit(clean).orElse(clean);
    }

    static void requireQuantity(BigDecimal value) {
        com.voicepact.domain.InvalidValueException.require(value != null, "the new quantity is required");
        requirePositive(value, "the quantity");
        if (value.compareTo(Quantity.MAXIMUM) > 0) {
            throw refused(Reason.TOO_LARGE, "", "quantity must be between " + Quantity.RANGE + ", got " + shown(value));
        }
    }

    /** {@code named} is null or {@code contract}. */
    static void requireCurrency(CurrencyCode named, CurrencyCode contract) {
        if (named != null && named != contract) {
            throw refused(Reason.CURRENCY, contract.name(), "the contract is in " + contract + ", not " + named);
        }
    }

    /** {@code amount} as a unit price in {@code currency}: positive, at most the largest, its decimals the currency's. */
    static Money price(BigDecimal amount, CurrencyCode currency) {
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() > currency.minorUnits()) {
            throw refused(
                    Reason.DECIMALS,
                    currency.name(),
                    "price " + shown(amount) + " has more decimals than " + currency + " allows ("
                            + currency.minorUnits() + ")");
        }
        if (amount.compareTo(Money.maximum(currency)) > 0) {
            throw refused(Reason.TOO_LARGE, currency.name(), "price " + shown(amount) + " is too large");
        }
        return Money.positive(amount, currency, "unit price");
    }

    /**
     * The unit of a corrected quantity: the contract's when none is named or the named one is the same (canonically,
     * {@code bags} is {@code bag}); the named one when the contract has none.
     *
     * @throws CorrectionRefusedException ({@code UNIT}) for another unit: what a price is per never changes silently
     */
    static String unit(String named, String contract) {
        if (named == null) {
            return contract;
        }
        if (contract == null || contract.equalsIgnoreCase("units")) {
            return named;
        }
        if (named.equalsIgnoreCase(contract)
                || Lexicon.unit(named).equals(Lexicon.unit(contract))
                        && Lexicon.unit(named).isPresent()) {
            return contract;
        }
        throw refused(Reason.UNIT, contract, "the contract counts in " + contract + ", not " + named);
    }

    /** @throws CorrectionRefusedException ({@code NO_VALUE}) for {@code None}, AT's way of writing an absent value */
    static void requireValue(String text, String what) {
        if (text.strip().toLowerCase(Locale.ROOT).matches("none|null|nil")) {
            throw refused(Reason.NO_VALUE, "", "send " + what + "'s name");
        }
    }

    static void requireNotBefore(LocalDate date, LocalDate today) {
        if (date.isBefore(today)) {
            throw refused(Reason.PAST_DATE, date.toString(), "delivery date " + date + " is in the past");
        }
    }

    private static String shown(BigDecimal value) {
        return com.voicepact.domain.InvalidValueException.shown(value);
    }

    private static CorrectionRefusedException refused(Reason reason, String detail, String message) {
        return new CorrectionRefusedException(reason, detail, message);
    }
}
