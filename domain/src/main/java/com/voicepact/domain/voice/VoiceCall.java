package com.voicepact.domain.voice;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A recorded negotiation call: the first party is called, the others dialled in once it is active,
 * the recording becomes a transcript, and the transcript a contract. Callbacks after the end change nothing.
 */
public final class VoiceCall {

    public static final int MAX_PROCESSING_ATTEMPTS = 5;

    private final String id;
    private final String sessionId;
    private final List<Party> parties;
    private final ContractType contractType;
    private CallStatus status;
    private String recordingUrl;
    private Integer durationSeconds;
    private String hangupCause;
    private ProcessingStatus processing;
    private String transcript;
    private ContractId contractId;
    private int attempts;
    private String lastError;
    private final Instant createdAt;
    private Instant endedAt;
    private Instant nextAttemptAt;
    private final long version;

    public record Snapshot(String id, String sessionId, List<Party> parties, ContractType contractType, CallStatus status,
                           String recordingUrl, Integer durationSeconds, String hangupCause, ProcessingStatus processing,
                           String transcript, ContractId contractId, int attempts, String lastError, Instant createdAt,
                           Instant endedAt, Instant nextAttemptAt, long version) { }

    private VoiceCall(Snapshot s) {
        this.id = s.id();
        this.sessionId = s.sessionId();
        this.parties = List.copyOf(s.parties());
        this.contractType = s.contractType();
        this.status = s.status();
        this.recordingUrl = s.recordingUrl();
        this.durationSeconds = s.durationSeconds();
        this.hangupCause = s.hangupCause();
        this.processing = s.processing();
        this.transcript = s.transcript();
        this.contractId = s.contractId();
        this.attempts = s.attempts();
        this.lastError = s.lastError();
        this.createdAt = s.createdAt();
        this.endedAt = s.endedAt();
        this.nextAttemptAt = s.nextAttemptAt();
        this.version = s.version();
    }

    public static VoiceCall start(String id, String sessionId, List<Party> parties, ContractType type, Instant at) {
        InvalidValueException.require(id != null && sessionId != null && !sessionId.isBlank(), "call and session ids are required");
        InvalidValueException.require(parties != null && parties.size() >= 2, "a negotiation call needs at least two parties");
        InvalidValueException.require(parties.stream().map(Party::phone).distinct().count() == parties.size(),
                "each party needs a different phone number");
        return new VoiceCall(new Snapshot(id, sessionId, parties, type, CallStatus.CALLING, null, null, null, ProcessingStatus.WAITING,
                null, null, 0, null, at, null, null, 0));
    }

    public static VoiceCall reconstitute(Snapshot snapshot) {
        return new VoiceCall(snapshot);
    }

    /** The first party answered: the others are to be dialled in, recorded. Repeated active hops keep it active. */
    public void answered() {
        requireStatus(CallStatus.CALLING, CallStatus.ACTIVE);
        status = CallStatus.ACTIVE;
    }

    /**
     * AT's final callback. With a recording the call is RECORDED and waits for processing, even when
     * the active callback was never seen (the recording exists, so it is kept); otherwise FAILED.
     *
     * @throws CallFinishedException when the call already ended
     */
    public void ended(String recording, Integer duration, String cause, Instant at) {
        requireStatus(CallStatus.CALLING, CallStatus.ACTIVE);
        endedAt = at;
        durationSeconds = duration;
        hangupCause = cause;
        if (recording != null && !recording.isBlank()) {
            status = CallStatus.RECORDED;
            recordingUrl = recording.strip();
            nextAttemptAt = at;
        } else {
            status = CallStatus.FAILED;
            processing = ProcessingStatus.FAILED;
            lastError = "call ended without a recording (" + (cause == null ? "unknown cause" : cause) + ")";
        }
    }

    public boolean awaitsProcessing(Instant now) {
        return isProcessingOpen() && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /** The call ended (recorded or failed): AT's callbacks for it are duplicates or late, and change nothing. */
    public boolean hasEnded() {
        return status == CallStatus.RECORDED || status == CallStatus.FAILED;
    }

    /** A recording waiting for (or retrying) its one processing: no contract, no incomplete verdict, not given up. */
    public boolean isProcessingOpen() {
        return status == CallStatus.RECORDED && (processing == ProcessingStatus.WAITING || processing == ProcessingStatus.RETRYING);
    }

    /** @throws IllegalCallTransitionException unless {@link #isProcessingOpen()} */
    public void transcribed(String text) {
        requireProcessingOpen("keep a transcript");
        InvalidValueException.require(text != null, "a transcript is required");
        this.transcript = text.strip();
    }

    /** The recording became this contract: processing is over. @throws IllegalCallTransitionException unless open */
    public void contractCreated(ContractId contract) {
        requireProcessingOpen("turn into a contract");
        InvalidValueException.require(contract != null, "the contract id is required");
        processing = ProcessingStatus.CONTRACT_CREATED;
        contractId = contract;
        nextAttemptAt = null;
    }

    /** The terms heard were not enough for a contract: processing is over. @throws IllegalCallTransitionException unless open */
    public void incomplete() {
        requireProcessingOpen("be marked incomplete");
        processing = ProcessingStatus.INCOMPLETE;
        nextAttemptAt = null;
    }

    /**
     * Processing failed (fetch or transcription): retried later with backoff, up to a limit; the recording stays.
     *
     * @throws IllegalCallTransitionException unless open
     */
    public void processingFailed(String error, Instant at) {
        requireProcessingOpen("record a processing failure");
        attempts++;
        lastError = error;
        if (attempts >= MAX_PROCESSING_ATTEMPTS) {
            processing = ProcessingStatus.FAILED;
            nextAttemptAt = null;
        } else {
            processing = ProcessingStatus.RETRYING;
            nextAttemptAt = at.plus(Duration.ofSeconds(30L << Math.min(attempts, 6)));
        }
    }

    private void requireProcessingOpen(String step) {
        if (!isProcessingOpen()) {
            throw new IllegalCallTransitionException("call " + id + " is " + status.wireName() + " with processing "
                    + processing.wireName() + ": its recording cannot " + step);
        }
    }

    private void requireStatus(CallStatus... allowed) {
        for (CallStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new CallFinishedException(id, status);
    }

    public Snapshot snapshot() {
        return new Snapshot(id, sessionId, parties, contractType, status, recordingUrl, durationSeconds, hangupCause, processing, transcript,
                contractId, attempts, lastError, createdAt, endedAt, nextAttemptAt, version);
    }

    public List<PhoneNumber> phones() {
        return parties.stream().map(Party::phone).toList();
    }

    public String id() { return id; }
    public String sessionId() { return sessionId; }
    public List<Party> parties() { return parties; }
    public ContractType contractType() { return contractType; }
    public CallStatus status() { return status; }
    public String recordingUrl() { return recordingUrl; }
    public Integer durationSeconds() { return durationSeconds; }
    public String hangupCause() { return hangupCause; }
    public ProcessingStatus processing() { return processing; }
    public String transcript() { return transcript; }
    public ContractId contractId() { return contractId; }
    public int attempts() { return attempts; }
    public String lastError() { return lastError; }
    public Instant createdAt() { return createdAt; }
    public Instant endedAt() { return endedAt; }
    public long version() { return version; }
}
