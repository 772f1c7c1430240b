package com.voicepact.domain.extraction;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import java.time.LocalDate;
import java.util.List;

/**
 * What is known about a call besides its words: the day it took place (relative dates such as "kesho" resolve
 * against it), the parties' phone numbers and the deployment's default country (ISO 3166 alpha-2, e.g. {@code KE}),
 * which give the currency when none is named.
 *
 * @param referenceDate the call's day, never null
 * @param parties the parties' numbers, possibly empty
 * @param defaultCountry ISO 3166-1 alpha-2 country code of the deployment, upper case
 */
public record ExtractionContext(LocalDate referenceDate, List<PhoneNumber> parties, String defaultCountry) {

    /** Kenya: the country a deployment serves unless configured otherwise. */
    public static final String KENYA = "KE";

    public ExtractionContext {
        InvalidValueException.require(referenceDate != null, "the call's day is required");
        parties = parties == null ? List.of() : List.copyOf(parties);
        InvalidValueException.require(
                defaultCountry != null && defaultCountry.matches("[A-Z]{2}"),
                "default country must be an ISO 3166 alpha-2 code such as KE, got '" + defaultCountry + "'");
    }

    /** A call on {@code referenceDate} with no known parties, in a Kenyan deployment. */
    public static ExtractionContext on(LocalDate referenceDate) {
        return new ExtractionContext(referenceDate, List.of(), KENYA);
    }
}
