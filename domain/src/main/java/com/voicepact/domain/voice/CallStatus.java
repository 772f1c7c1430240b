package com.voicepact.domain.voice;

import java.util.Locale;

/**
 * CALLING (AT is ringing the first party), ACTIVE (answered; the others are being dialled and the
 * call recorded), RECORDED (ended with a recording), FAILED (unanswered, busy or ended without a
 * recording). Processing of a recording is tracked apart: {@link ProcessingStatus}.
 */
public enum CallStatus {
    CALLING,
    ACTIVE,
    RECORDED,
    FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
