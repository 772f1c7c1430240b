package com.voicepact.application.port.in;

import com.voicepact.domain.InvalidValueException;

/** AT's voice callback: {@code isActive} 1 while the call is on, 0 in the final request with the recording. */
public record VoiceCallback(String sessionId, boolean active, String callerNumber, String destinationNumber, String recordingUrl,
                            Integer durationInSeconds, String hangupCause) {

    public VoiceCallback {
        InvalidValueException.require(sessionId != null && !sessionId.isBlank() && sessionId.length() <= 100, "sessionId is required");
    }
}
