package com.voicepact.domain.common;

import com.voicepact.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The currencies VoicePact settles in, with the number of decimals of their minor unit and the country (ISO 3166-1
 * alpha-2) whose currency each is: the one table from a country (of a phone number, of a deployment) to its money.
 */
public enum CurrencyCode {
    KES(2, "KE"),
    UGX(0, "UG"),
    TZS(2, "TZ"),
    RWF(0, "RW"),
    MWK(2, "MW"),
    ZMW(2, "ZM"),
    NGN(2, "NG");

    private final int minorUnits;
    private final String country;

    CurrencyCode(int minorUnits, String country) {
        this.minorUnits = minorUnits;
        this.country = country;
    }

    /** ISO 3166-1 alpha-2 code of the country this is the currency of, e.g. {@code KE} for KES. */
    public String country() {
        return country;
    }

    /** The currency of {@code country} (ISO 3166-1 alpha-2, any case); empty for a country VoicePact has none for. */
    public static Optional<CurrencyCode> ofCountry(String country) {
        return Arrays.stream(values())
                .filter(c -> country != null && c.country.equalsIgnoreCase(country.strip()))
                .findFirst();
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
