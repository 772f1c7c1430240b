package com.voicepact.application.service;

import com.voicepact.domain.audit.AuditAction;
import com.voicepact.application.port.in.DraftFromTranscriptCommand;
import com.voicepact.application.port.in.HandleVoiceCallbackUseCase;
import com.voicepact.application.port.in.ProviderRefusedException;
import com.voicepact.application.port.in.ProviderUnavailableException;
import com.voicepact.application.port.in.RecordingNotFoundException;
import com.voicepact.application.port.in.StartConferenceUseCase;
import com.voicepact.application.port.in.TranscribeAudioUseCase;
import com.voicepact.application.port.in.TranscriptDraft;
import com.voicepact.application.port.in.VoiceCallback;
import com.voicepact.application.port.in.VoiceRecordingsUseCase;
import com.voicepact.application.port.shared.AudioClip;
import com.voicepact.application.port.out.ClockPort;
import com.voicepact.application.port.out.GatewayException;
import com.voicepact.application.port.out.RecordingFetchPort;
import com.voicepact.application.port.out.SpeechToTextPort;
import com.voicepact.application.port.out.TransactionPort;
import com.voicepact.application.port.out.VoiceCalls;
import com.voicepact.application.port.out.VoiceGatewayPort;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.voice.CallScript;
import com.voicepact.domain.voice.CallStatus;
import com.voicepact.domain.voice.VoiceCall;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The voice path: call, consent and recorded dial (AT's XML), the final callback with the recording,
 * then fetch, transcription and a draft contract. Processing runs apart from the callbacks, so AT is
 * answered at once; a failing download or transcription leaves the recording and is retried.
 */
public final class VoiceService implements StartConferenceUseCase, HandleVoiceCallbackUseCase, VoiceRecordingsUseCase,
        TranscribeAudioUseCase {

    /** Longer than a download (120 s at most) and a transcription take; after it another dispatcher may take the recording over. */
    static final Duration PROCESSING_LEASE = Duration.ofMinutes(10);
    private static final Actor VOICE = Actor.system("voice");
    private final VoiceCalls calls;
    private final VoiceGatewayPort voice;
    private final RecordingFetchPort recordings;
    private final SpeechToTextPort speech;
    private final TranscriptContractService transcripts;
    private final Messenger messenger;
    private final AuditTrail audit;
    private final ClockPort clock;
    private final ConflictRetry retry;

    public VoiceService(VoiceCalls calls, VoiceGatewayPort voice, RecordingFetchPort recordings, SpeechToTextPort speech,
                        TranscriptContractService transcripts, Messenger messenger, AuditTrail audit, ClockPort clock,
                        TransactionPort transactions) {
        this.calls = calls;
        this.voice = voice;
        this.recordings = recordings;
        this.speech = speech;
        this.transcripts = transcripts;
        this.messenger = messenger;
        this.audit = audit;
        this.clock = clock;
        this.retry = new ConflictRetry(transactions);
    }

    @Override
    public VoiceCall start(List<Party> parties, ContractType type) {
        InvalidValueException.require(parties != null && parties.size() >= 2, "a negotiation call needs at least two parties");
        String id = "VC-" + UUID.nameUUIDFromBytes((parties.toString() + clock.now()).getBytes()).toString().substring(0, 13);
        List<VoiceGatewayPort.CallEntry> entries;
        try {
            entries = voice.call(List.of(parties.get(0).phone()), id);
        } catch (GatewayException e) {
            throw new ProviderUnavailableException("voice calls unavailable: " + e.getMessage(), e);
        }
        String session = entries.isEmpty() || entries.get(0).sessionId() == null ? null : entries.get(0).sessionId();
        if (session == null) {
            throw new ProviderRefusedException("Africa's Talking did not queue the call: "
                    + (entries.isEmpty() ? "no entry" : entries.get(0).status()));
        }
        return retry.inTransaction(() -> {
            VoiceCall call = calls.save(VoiceCall.start(id, session, parties, type, clock.now()));
            audit.change(VOICE, AuditAction.VOICE_CALL_STARTED, id, "", call.status().name(), "session=" + session);
            return call;
        });
    }

    /**
     * AT's call callback. A final notification AT already delivered, or the final notification of a call
     * that is not ours (one we answered with {@code <Reject/>}), is normal: nothing changes and AT is
     * answered as usual. An active callback of a call that is not ours, or that already ended, gets
     * {@code <Reject/>}.
     */
    @Override
    public Optional<String> handle(VoiceCallback callback) {
        return retry.inTransaction(() -> {
            Optional<VoiceCall> found = calls.findBySessionId(callback.sessionId());
            if (found.isEmpty()) {
                return callback.active() ? Optional.of(CallScript.reject("This call is not known to VoicePact.")) : Optional.<String>empty();
            }
            VoiceCall call = found.get();
            if (call.hasEnded()) {
                return callback.active() ? Optional.of(CallScript.reject("This call has ended.")) : Optional.<String>empty();
            }
            if (callback.active()) {
                call.answered();
                calls.save(call);
                List<PhoneNumber> others = call.phones().subList(1, call.phones().size());
                return Optional.of(CallScript.consentAndDial(others, messenger.languageOf(call.phones().get(0))));
            }
            ended(call, callback);
            return Optional.<String>empty();
        });
    }

    private void ended(VoiceCall call, VoiceCallback callback) {
        CallStatus before = call.status();
        call.ended(callback.recordingUrl(), callback.durationInSeconds(), callback.hangupCause(), clock.now());
        VoiceCall saved = calls.save(call);
        audit.change(VOICE, AuditAction.VOICE_CALL_ENDED, call.id(), before.name(), saved.status().name(),
                "duration=" + callback.durationInSeconds() + " cause=" + callback.hangupCause());
        if (saved.status() == CallStatus.FAILED) {
            saved.phones().forEach(p -> messenger.send("call-failed:" + saved.id(), com.voicepact.application.port.out.SmsType.CALL_FAILED, p, null,
                    t -> t.callFailed(saved.hangupCause())));
        }
    }

    @Override
    public VoiceCall get(String id) {
        return calls.findById(id).orElseThrow(() -> new RecordingNotFoundException(id));
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
            String text = claimed.transcript() != null ? claimed.transcript()
                    : speech.transcribe(recordings.fetch(claimed.recordingUrl()));
            return retry.inTransaction(() -> draftOnce(id, text));
        } catch (GatewayException | DomainException | ProviderUnavailableException e) {
            return retry.inTransaction(() -> failed(id, e.getMessage()));
        }
    }

    /**
     * The contract (or the request to call again) and the call's mark commit together or not at all,
     * so a crash between them leaves the recording waiting, never a contract it does not point to.
     * Saving the transcript first holds the call: a node whose lease ran out and that got here too
     * loses on the call's version before it creates anything, and on retry finds the work done.
     */
    private boolean draftOnce(String id, String text) {
        VoiceCall call = get(id);
        if (!call.isProcessingOpen()) {
            return false;
        }
        call.transcribed(text);
        call = calls.save(call);
        TranscriptDraft draft = transcripts.draft(new DraftFromTranscriptCommand(text, call.parties(), call.contractType(),
                call.createdAt().atZone(clock.zone()).toLocalDate(), VOICE));
        if (draft.created()) {
            call.contractCreated(draft.contract().id());
        } else {
            call.incomplete();
        }
        calls.save(call);
        audit.change(VOICE, AuditAction.VOICE_CALL_PROCESSED, id, "", call.processing().name(),
                draft.created() ? "contract " + draft.contract().id() : "missing " + draft.missing());
        return true;
    }

    private boolean failed(String id, String error) {
        VoiceCall call = get(id);
        if (!call.isProcessingOpen()) {
            return false;
        }
        call.processingFailed(error, clock.now());
        calls.save(call);
        return false;
    }

    @Override
    public Heard transcribe(AudioClip audio, LocalDate callDate) {
        try {
            String text = speech.transcribe(audio);
            return new Heard(text, transcripts.extract(text, callDate));
        } catch (GatewayException e) {
            throw new ProviderUnavailableException("speech-to-text unavailable: " + e.getMessage(), e);
        }
    }

    @Override
    public Heard transcribeUrl(String url, LocalDate callDate) {
        try {
            return transcribe(recordings.fetch(url), callDate);
        } catch (GatewayException e) {
            throw new ProviderUnavailableException("the recording cannot be downloaded: " + e.getMessage(), e);
        }
    }
}
