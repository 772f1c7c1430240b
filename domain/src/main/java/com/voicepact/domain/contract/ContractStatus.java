package com.voicepact.domain.contract;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

public enum ContractStatus {
    PENDING,
    CONFIRMED,
    ACTIVE,
    COMPLETED,
    DISPUTED,
    CANCELLED,
    EXPIRED;

    /** The contract is closed and never changes again: nothing is owed, listed as open, or collected any more. */
    public static final Set<ContractStatus> FINAL =
            Collections.unmodifiableSet(EnumSet.of(COMPLETED, CANCELLED, EXPIRED));

    /**
     * A checkout may bring the buyer's money in: CONFIRMED (to fund it) or ACTIVE (to top up a contract whose money is not all
     * held yet). Before confirmation nothing is agreed; from DISPUTED on, money may only go out.
     */
    public static final Set<ContractStatus> FUNDABLE = Collections.unmodifiableSet(EnumSet.of(CONFIRMED, ACTIVE));

    /** The contract ended with the seller entitled to nothing: all money its payers locked goes back to them. */
    public static final Set<ContractStatus> ENDED_UNPAID = Collections.unmodifiableSet(EnumSet.of(CANCELLED, EXPIRED));

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContractStatus parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new com.voicepact.domain.InvalidValueException("unknown contract status '" + value
                    + "', expected one of pending, confirmed, active, completed, disputed, cancelled, expired");
        }
    }
}
