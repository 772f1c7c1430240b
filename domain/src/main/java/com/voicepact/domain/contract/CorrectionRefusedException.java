package com.voicepact.domain.contract;

import com.voicepact.domain.InvalidValueException;

/**
 * A correction of the terms whose value is readable but cannot be taken, for a reason a party's reply names in their
 * own language ({@code sms.amend.refused.<reason>}): {@link #detail()} is what the reply shows besides the value
 * (the contract's currency or unit, the date, the largest amount); the message is the English reason the API shows.
 */
public final class CorrectionRefusedException extends InvalidValueException {

    /** Why the value cannot be taken. */
    public enum Reason {
        /** A price or quantity below zero ({@code PRICE-<id> -500}). */
        NEGATIVE,
        /** A price or quantity of zero. */
        ZERO,
        /** Above the largest amount or quantity VoicePact holds; detail: the largest. */
        TOO_LARGE,
        /** More decimals than the contract's currency has; detail: the currency. */
        DECIMALS,
        /** A price in a currency that is not the contract's; detail: the contract's currency. */
        CURRENCY,
        /** A quantity in a unit that is not the contract's; detail: the contract's unit. */
        UNIT,
        /** A delivery date before today; detail: the date. */
        PAST_DATE,
        /** No value at all ({@code None}, as AT writes an absent value). */
        NO_VALUE
    }

    private final Reason reason;
    private final String detail;

    public CorrectionRefusedException(Reason reason, String detail, String message) {
        super(message);
        this.reason = reason;
        this.detail = detail == null ? "" : detail;
    }

    public Reason reason() {
        return reason;
    }

    /** What the reply names besides the value: a currency, a unit, a date; "" when nothing. */
    public String detail() {
        return detail;
    }
}
