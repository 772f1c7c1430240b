package com.voicepact.domain.voice;

import java.time.Instant;

/**
 * What AT's callbacks told of a call: calling, active, then ended with a recording (RECORDED) or without (FAILED), with
 * the recording's address, the duration in seconds and AT's hangup cause. A callback after the end changes nothing: it
 * throws {@link CallFinishedException}.
 */
final class CallProgress {

    private final String callId;
    private CallStatus status;
    private String recordingUrl;
    private Integer durationSeconds;
    private String hangupCause;
    private Instant endedAt;

    CallProgress(
            String callId,
            CallStatus status,
            String recordingUrl,
            Integer durationSeconds,
            String hangupCause,
            Instant endedAt) {
        this.callId = callId;
        this.status = status;
        this.recordingUrl = recordingUrl;
        this.durationSeconds = durationSeconds;
        this.hangupCause = hangupCause;
        this.endedAt = endedAt;
    }

    static CallProgress of(VoiceCallSnapshot s) {
        return new CallProgress(
                s.id(), s.status(), s.recordingUrl(), s.durationSeconds(), s.hangupCause(), s.endedAt());
    }

    void answered() {
        requireOngoing();
        status = CallStatus.ACTIVE;
    }

    /** Ends the call: RECORDED when {@code recording} names one, else FAILED; returns whether it was recorded. */
    boolean ended(String recording, Integer duration, String cause, Instant at) {
        requireOngoing();
        endedAt = at;
        durationSeconds = duration;
        hangupCause = cause;
        boolean recorded = recording != null && !recording.isBlank();
        status = recorded ? CallStatus.RECORDED : CallStatus.FAILED;
        recordingUrl = recorded ? recording.strip() : recordingUrl;
        return recorded;
    }

    boolean hasEnded() {
        return status == CallStatus.RECORDED || status == CallStatus.FAILED;
    }

    private void requireOngoing() {
        if (status != CallStatus.CALLING && status != CallStatus.ACTIVE) {
            throw new CallFinishedException(callId, status);
        }
    }

    CallStatus status() {
        return status;
    }

    String recordingUrl() {
        return recordingUrl;
    }

    Integer durationSeconds() {
        return durationSeconds;
    }

    String hangupCause() {
        return hangupCause;
    }

    Instant endedAt() {
        return endedAt;
    }
}
