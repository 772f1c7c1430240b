package com.voicepact.domain.contract;

import java.util.Locale;

/** Where a party's decision came from; API means an authenticated operator acting for the party. */
public enum Channel {
    SMS,
    USSD,
    VOICE,
    API;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
