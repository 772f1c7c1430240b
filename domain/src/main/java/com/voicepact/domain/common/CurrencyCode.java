package com.voicepact.domain.common;

import com.voicepact.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;

/** The currencies VoicePact settles in, with the number of decimals of their minor unit. */
public enum CurrencyCode {
    KES(2),
    UGX(0),
    TZS(2),
    RWF(0),
    MWK(2),
    ZMW(2),
    NGN(2);

    private final int minorUnits;

    CurrencyCode(int minorUnits) {
        this.minorUnits = minorUnits;
    }

    public int minorUnits() {
        return minorUnits;
    }

    public static CurrencyCode parse(String code) {
        InvalidValueException.require(code != null && !code.isBlank(), "currency is required");
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.name().equals(normalised))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(
                        "unsupported currency '" + code + "', expected one of " + Arrays.toString(values())));
    }
}
