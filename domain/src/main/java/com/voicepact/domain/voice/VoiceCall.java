package com.voicepact.domain.voice;

import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
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
    private final CallProgress progress;
    private final RecordingProcessing processing;
    private final Instant createdAt;
    private final long version;

    private VoiceCall(VoiceCallSnapshot s) {
        this.id = s.id();
        this.sessionId = s.sessionId();
        this.parties = List.copyOf(s.parties());
        this.contractType = s.contractType();
        this.progress = CallProgress.of(s);
        this.processing = RecordingProcessing.of(s);
        this.createdAt = s.createdAt();
        this.version = s.version();
    }

    /** A new CALLING call to {@code parties}, the first called first; refused as {@link VoiceCallSnapshot#calling} says. */
    public static VoiceCall start(String id, String sessionId, List<Party> parties, ContractType type, Instant at) {
        return new VoiceCall(VoiceCallSnapshot.calling(id, sessionId, parties, type, at));
    }

    public static VoiceCall reconstitute(VoiceCallSnapshot snapshot) {
        return new VoiceCall(snapshot);
    }

    /** The first party answered: the others are to be dialled in, recorded. Repeated active hops keep it active. */
    public void answered() {
        progress.answered();
    }

    /**
     * AT's final callback. With a recording the call is RECORDED and waits for processing, even when
     * the active callback was never seen (the recording exists, so it is kept); otherwise FAILED.
     *
     * @throws CallFinishedException when the call already ended
     */
    public void ended(String recording, Integer duration, String cause, Instant at) {
        if (progress.ended(recording, duration, cause, at)) {
            processing.recordedAt(at);
        } else {
            processing.noRecording(cause);
        }
    }

    public boolean awaitsProcessing(Instant now) {
        return isProcessingOpen() && processing.isDueAt(now);
    }

    /** The call ended (recorded or failed): AT's callbacks for it are duplicates or late, and change nothing. */
    public boolean hasEnded() {
        return progress.hasEnded();
    }

    /** A recording waiting for (or retrying) its one processing: no contract, no incomplete verdict, not given up. */
    public boolean isProcessingOpen() {
        return processing.isOpenFor(progress.status());
    }

    /** @throws IllegalCallTransitionException unless {@link #isProcessingOpen()} */
    public void transcribed(String text) {
        processing.transcribed(progress.status(), text);
    }

    /** The recording became this contract: processing is over. @throws IllegalCallTransitionException unless open */
    public void contractCreated(ContractId contract) {
        processing.contractCreated(progress.status(), contract);
    }

    /** The terms heard were not enough for a contract: processing is over. @throws IllegalCallTransitionException unless open */
    public void incomplete() {
        processing.incomplete(progress.status());
    }

    /**
     * Processing failed (fetch or transcription): retried later with backoff, up to a limit; the recording stays.
     *
     * @throws IllegalCallTransitionException unless open
     */
    public void processingFailed(String error, Instant at) {
        processing.failed(progress.status(), error, at);
    }

    public VoiceCallSnapshot snapshot() {
        return VoiceCallSnapshot.of(id, sessionId, parties, contractType, progress, processing, createdAt, version);
    }

    public List<PhoneNumber> phones() {
        return parties.stream().map(Party::phone).toList();
    }

    public String id() {
        return id;
    }

    public String sessionId() {
        return sessionId;
    }

    public List<Party> parties() {
        return parties;
    }

    public ContractType contractType() {
        return contractType;
    }

    public CallStatus status() {
        return progress.status();
    }

    public String recordingUrl() {
        return progress.recordingUrl();
    }

    public Integer durationSeconds() {
        return progress.durationSeconds();
    }

    public String hangupCause() {
        return progress.hangupCause();
    }

    public ProcessingStatus processing() {
        return processing.status();
    }

    public String transcript() {
        return processing.transcript();
    }

    public ContractId contractId() {
        return processing.contractId();
    }

    public int attempts() {
        return processing.attempts();
    }

    public String lastError() {
        return processing.lastError();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant endedAt() {
        return progress.endedAt();
    }

    public long version() {
        return version;
    }
}
