package com.voicepact.domain.messaging;

import com.voicepact.domain.InvalidValueException;
import java.util.Locale;

/** The languages every screen and SMS exists in. */
public enum Language {
    EN,
    SW;

    public static Language parse(String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("unknown language '" + code + "', expected en or sw");
        }
    }
}
