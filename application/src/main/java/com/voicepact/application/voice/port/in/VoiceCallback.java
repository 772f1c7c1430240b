package com.voicepact.application.voice.port.in;

import com.voicepact.domain.InvalidValueException;

/**
 * AT's voice callback: {@code isActive} 1 while the call is on, 0 in the final request with the
 * recording. Null means AT did not say (it writes {@code None}). The hangup cause, AT's informational
 * code (NORMAL_CLEARING, NO_ANSWER, ...), is kept to its first 60 characters.
 */
public record VoiceCallback(
        String sessionId,
        boolean active,
        String callerNumber,
        String destinationNumber,
        String recordingUrl,
        Integer durationInSeconds,
        String hangupCause) {

    public static final int MAX_CAUSE = 60;
    public static final int MAX_RECORDING_URL = 4000;

    public VoiceCallback {
        InvalidValueException.require(sessionId != null && !sessionId.isBlank(), "sessionId is required");
        InvalidValueException.require(
                recordingUrl == null || recordingUrl.length() <= MAX_RECORDING_URL,
                "recordingUrl must be at most " + MAX_RECORDING_URL + " characters");
        hangupCause = hangupCause == null || hangupCause.length() <= MAX_CAUSE
                ? hangupCause
                : hangupCause.substring(0, MAX_CAUSE);
    }
}
