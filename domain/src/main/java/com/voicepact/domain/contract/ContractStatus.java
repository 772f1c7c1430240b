package com.voicepact.domain.contract;

import java.util.Locale;

public enum ContractStatus {
    PENDING, CONFIRMED, ACTIVE, COMPLETED, DISPUTED, CANCELLED, EXPIRED;

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED || this == EXPIRED;
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
