package com.voicepact.application.voice.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.in.ProviderUnavailableException;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.application.voice.port.in.DraftContractFromTranscriptUseCase;
import com.voicepact.application.voice.port.in.DraftFromTranscriptCommand;
import com.voicepact.application.voice.port.in.ProcessRecordingsUseCase;
import com.voicepact.application.voice.port.in.RecordingNotFoundException;
import com.voicepact.application.voice.port.in.TranscriptDraft;
import com.voicepact.application.voice.port.out.RecordingFetchPort;
import com.voicepact.application.voice.port.out.SpeechToTextPort;
import com.voicepact.application.voice.port.out.VoiceCalls;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.voice.VoiceCall;
import java.time.Duration;

/**
 * The recordings of ended calls: fetch, transcription and a draft contract. It runs apart from the callbacks, so AT is
 * answered at once; a failing download or transcription leaves the recording and is retried.
 */
public final class ProcessRecordingsService implements ProcessRecordingsUseCase {

    /** Longer than a download (120 s at most) and a transcription take; after it another dispatcher may take the recording over. */
    static final Duration PROCESSING_LEASE = Duration.ofMinutes(10);

    private static final Actor VOICE = Actor.system("voice");
    private final VoiceCalls calls;
    private final RecordingFetchPort recordings;
    private final SpeechToTextPort speech;
    private final DraftContractFromTranscriptUseCase drafts;
    private final AuditTrail audit;
    private final ClockPort clock;
    private final ConflictRetry retry;

    public ProcessRecordingsService(
            VoiceCalls calls,
            RecordingFetchPort recordings,
            SpeechToTextPort speech,
            DraftContractFromTranscriptUseCase drafts,
            AuditTrail audit,
            ClockPort clock,
            TransactionPort transactions) {
        this.calls = calls;
        this.recordings = recordings;
        this.speech = speech;
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
        this.retry = new ConflictRetry(transactions);
    }

    /** Claims due recordings (a lease, so one dispatcher of many takes each) and processes them; answers how many finished. */
    @Override
    public int processDue() {
        int finished = 0;
        for (VoiceCall call : calls.claimDue(clock.now(), PROCESSING_LEASE, 10)) {
            finished += process(call) ? 1 : 0;
        }
        return finished;
    }

    /**
     * One claimed recording: fetch and transcribe (slow, outside any transaction), then draft the
     * contract and mark the call in one unit of work. Any failure is recorded on the call and retried later.
     */
    private boolean process(VoiceCall claimed) {
        String id = claimed.id();
        try {
            String text = claimed.transcript() != null
                    ? claimed.transcript()
                    : speech.transcribe(recordings.fetch(claimed.recordingUrl()));
            return retry.inTransaction(() -> draftOnce(id, text));
        } catch (GatewayException | DomainException | ProviderUnavailableException e) {
            return retry.inTransaction(() -> failed(id, e.getMessage()));
        }
    }

    /**
     * The contract (or the draft that asks the parties for the missing terms) and the call's mark commit together or not at all,
     * so a crash between them leaves the recording waiting, never a contract it does not point to.
     * Saving the transcript first holds the call: a node whose lease ran out and that got here too
     * loses on the call's version before it creates anything, and on retry finds the work done.
     */
    private boolean draftOnce(String id, String text) {
        VoiceCall call = load(id);
        if (!call.isProcessingOpen()) {
            return false;
        }
        call.transcribed(text);
        call = calls.save(call);
        TranscriptDraft draft = drafts.draft(new DraftFromTranscriptCommand(
                text,
                call.parties(),
                call.contractType(),
                call.createdAt().atZone(clock.zone()).toLocalDate(),
                VOICE));
        if (draft.created()) {
            call.contractCreated(draft.contract().id());
        } else {
            call.incomplete();
        }
        calls.save(call);
        audit.change(
                VOICE,
                AuditAction.VOICE_CALL_PROCESSED,
                id,
                "",
                call.processing().name(),
                draft.created()
                        ? "contract " + draft.contract().id()
                        : "draft " + draft.draft() + " missing " + draft.missing());
        return true;
    }

    private boolean failed(String id, String error) {
        VoiceCall call = load(id);
        if (!call.isProcessingOpen()) {
            return false;
        }
        call.processingFailed(error, clock.now());
        calls.save(call);
        return false;
    }

    private VoiceCall load(String id) {
        return calls.findById(id).orElseThrow(() -> new RecordingNotFoundException(id));
    }
}
