package com.voicepact.domain.voice;

import java.util.Locale;

/** What became of a recording: waiting, turned into a contract, too incomplete for one, or failing (retried). */
public enum ProcessingStatus {
    WAITING,
    CONTRACT_CREATED,
    INCOMPLETE,
    RETRYING,
    FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
