package com.voicepact.domain.contract;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;

/** Someone bound by a contract, identified by the phone they confirm from. */
public record Party(PhoneNumber phone, PartyRole role, String name) {

    public Party {
        InvalidValueException.require(phone != null, "party phone number is required");
        InvalidValueException.require(role != null, "party role is required");
        name = name == null || name.isBlank() ? "" : InvalidValueException.requireText(name, "party name", 120);
    }

    public static Party of(PhoneNumber phone, PartyRole role, String name) {
        return new Party(phone, role, name);
    }

    public boolean has(PhoneNumber number) {
        return phone.equals(number);
    }
}
