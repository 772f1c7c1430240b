package com.voicepact.adapter.in.web;

import com.voicepact.domain.common.PhoneNumber;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Parses phone numbers typed by people, local forms ({@code 0712 345 678}) resolved in the configured default country.
 * The one place the web adapter learns that country ({@code voicepact.default-country}, which bootstrap sets from
 * {@code VOICEPACT_DEFAULT_COUNTRY}); every controller parses through it.
 */
@Singleton
public final class PhoneNumbers {

    private final String defaultCountry;

    public PhoneNumbers(@Value("${voicepact.default-country:KE}") String defaultCountry) {
        this.defaultCountry = defaultCountry;
    }

    /**
     * @param raw as typed: E.164 ({@code +254712345678}) or a local form of the default country
     * @throws com.voicepact.domain.InvalidValueException when it is no phone number
     */
    public PhoneNumber parse(String raw) {
        return PhoneNumber.parse(raw, defaultCountry);
    }
}
