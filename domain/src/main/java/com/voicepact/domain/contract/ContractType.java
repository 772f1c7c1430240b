package com.voicepact.domain.contract;

import com.voicepact.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;

public enum ContractType {
    AGRICULTURAL_SUPPLY,
    SERVICE_AGREEMENT,
    GOODS_PURCHASE,
    LOGISTICS,
    OTHER;

    /** The lower-case wire name, as the original product's API spelled it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ContractType parse(String value) {
        if (value == null || value.isBlank()) {
            return AGRICULTURAL_SUPPLY;
        }
        String normalised = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.name().equals(normalised))
                .findFirst()
                .orElseThrow(
                        () -> new InvalidValueException(
                                "unknown contract type '" + value
                                        + "', expected one of agricultural_supply, service_agreement, goods_purchase, logistics, other"));
    }
}
