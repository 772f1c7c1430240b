package com.voicepact.adapter.in.web.contract;

import com.voicepact.domain.common.PhoneNumber;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Parses phone numbers typed by people, local forms resolved in the configured default country. */
@Singleton
final class PhoneNumbers {

    private final String defaultCountry;

    PhoneNumbers(@Value("${voicepact.default-country:KE}") String defaultCountry) {
        this.defaultCountry = defaultCountry;
    }

    PhoneNumber parse(String raw) {
        return PhoneNumber.parse(raw, defaultCountry);
    }
}
