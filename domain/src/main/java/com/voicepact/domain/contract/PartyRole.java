package com.voicepact.domain.contract;

import com.voicepact.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;

public enum PartyRole {
    BUYER,
    SELLER,
    MEDIATOR,
    WITNESS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An absent role means buyer, as in the original product. */
    public static PartyRole parse(String value) {
        if (value == null || value.isBlank()) {
            return BUYER;
        }
        String normalised = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(r -> r.name().equals(normalised))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "unknown role '" + value + "', expected one of buyer, seller, mediator, witness"));
    }
}
