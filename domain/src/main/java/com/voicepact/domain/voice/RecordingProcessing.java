package com.voicepact.domain.voice;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.ContractId;
import java.time.Duration;
import java.time.Instant;

/**
 * The one processing of a call's recording: transcribed, then turned into a contract or found incomplete, retried with
 * backoff up to {@link VoiceCall#MAX_PROCESSING_ATTEMPTS} times. Its call checks that processing is open before each
 * step (only a RECORDED call has a recording to process).
 */
final class RecordingProcessing {

    private final String callId;
    private ProcessingStatus status;
    private String transcript;
    private ContractId contractId;
    private int attempts;
    private String lastError;
    private Instant nextAttemptAt;

    RecordingProcessing(
            String callId,
            ProcessingStatus status,
            String transcript,
            ContractId contractId,
            int attempts,
            String lastError,
            Instant nextAttemptAt) {
        this.callId = callId;
        this.status = status;
        this.transcript = transcript;
        this.contractId = contractId;
        this.attempts = attempts;
        this.lastError = lastError;
        this.nextAttemptAt = nextAttemptAt;
    }

    static RecordingProcessing of(VoiceCallSnapshot s) {
        return new RecordingProcessing(
                s.id(), s.processing(), s.transcript(), s.contractId(), s.attempts(), s.lastError(), s.nextAttemptAt());
    }

    /** A recording ({@code call} is RECORDED) waiting or retrying: no contract, no incomplete verdict, not given up. */
    boolean isOpenFor(CallStatus call) {
        return call == CallStatus.RECORDED
                && (status == ProcessingStatus.WAITING || status == ProcessingStatus.RETRYING);
    }

    /** @throws IllegalCallTransitionException unless {@link #isOpenFor} the call's status, naming the refused {@code step} */
    private void requireOpenFor(CallStatus call, String step) {
        if (!isOpenFor(call)) {
            throw new IllegalCallTransitionException("call " + callId + " is " + call.wireName() + " with processing "
                    + status.wireName() + ": its recording cannot " + step);
        }
    }

    boolean isDueAt(Instant now) {
        return nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /** The recording arrived at {@code at}: its first attempt is due at once. */
    void recordedAt(Instant at) {
        nextAttemptAt = at;
    }

    /** The call ended without a recording: there is nothing to process. */
    void noRecording(String cause) {
        status = ProcessingStatus.FAILED;
        lastError = "call ended without a recording (" + (cause == null ? "unknown cause" : cause) + ")";
    }

    void transcribed(CallStatus call, String text) {
        requireOpenFor(call, "keep a transcript");
        InvalidValueException.require(text != null, "a transcript is required");
        transcript = text.strip();
    }

    void contractCreated(CallStatus call, ContractId contract) {
        requireOpenFor(call, "turn into a contract");
        InvalidValueException.require(contract != null, "the contract id is required");
        status = ProcessingStatus.CONTRACT_CREATED;
        contractId = contract;
        nextAttemptAt = null;
    }

    void incomplete(CallStatus call) {
        requireOpenFor(call, "be marked incomplete");
        status = ProcessingStatus.INCOMPLETE;
        nextAttemptAt = null;
    }

    /** Counts a failed attempt: the next is due after 30 s doubled per attempt (at most 32 min), or processing gives up. */
    void failed(CallStatus call, String error, Instant at) {
        requireOpenFor(call, "record a processing failure");
        attempts++;
        lastError = error;
        if (attempts >= VoiceCall.MAX_PROCESSING_ATTEMPTS) {
            status = ProcessingStatus.FAILED;
            nextAttemptAt = null;
        } else {
            status = ProcessingStatus.RETRYING;
            nextAttemptAt = at.plus(Duration.ofSeconds(30L << Math.min(attempts, 6)));
        }
    }

    ProcessingStatus status() {
        return status;
    }

    String transcript() {
        return transcript;
    }

    ContractId contractId() {
        return contractId;
    }

    int attempts() {
        return attempts;
    }

    String lastError() {
        return lastError;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
