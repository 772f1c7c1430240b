package com.voicepact.application.voice.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.application.voice.port.in.HandleVoiceCallbackUseCase;
import com.voicepact.application.voice.port.in.VoiceCallback;
import com.voicepact.application.voice.port.out.VoiceCalls;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.voice.CallScript;
import com.voicepact.domain.voice.CallStatus;
import com.voicepact.domain.voice.VoiceCall;
import java.util.List;
import java.util.Optional;

/**
 * AT's call callbacks: consent and recorded dial (AT's XML) while the call is active, the recording kept when it
 * ends. AT is answered at once; the recording is processed apart ({@link ProcessRecordingsService}).
 */
public final class HandleVoiceCallbackService implements HandleVoiceCallbackUseCase {

    private static final Actor VOICE = Actor.system("voice");
    private final VoiceCalls calls;
    private final Messenger messenger;
    private final AuditTrail audit;
    private final ClockPort clock;
    private final ConflictRetry retry;

    public HandleVoiceCallbackService(
            VoiceCalls calls, Messenger messenger, AuditTrail audit, ClockPort clock, TransactionPort transactions) {
        this.calls = calls;
        this.messenger = messenger;
        this.audit = audit;
        this.clock = clock;
        this.retry = new ConflictRetry(transactions);
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
                return callback.active()
                        ? Optional.of(CallScript.reject("This call is not known to VoicePact."))
                        : Optional.<String>empty();
            }
            VoiceCall call = found.get();
            if (call.hasEnded()) {
                return callback.active()
                        ? Optional.of(CallScript.reject("This call has ended."))
                        : Optional.<String>empty();
            }
            if (callback.active()) {
                call.answered();
                calls.save(call);
                List<PhoneNumber> others =
                        call.phones().subList(1, call.phones().size());
                return Optional.of(CallScript.consentAndDial(
                        others, messenger.languageOf(call.phones().get(0))));
            }
            ended(call, callback);
            return Optional.<String>empty();
        });
    }

    private void ended(VoiceCall call, VoiceCallback callback) {
        CallStatus before = call.status();
        call.ended(callback.recordingUrl(), callback.durationInSeconds(), callback.hangupCause(), clock.now());
        VoiceCall saved = calls.save(call);
        audit.change(
                VOICE,
                AuditAction.VOICE_CALL_ENDED,
                call.id(),
                before.name(),
                saved.status().name(),
                "duration=" + callback.durationInSeconds() + " cause=" + callback.hangupCause());
        if (saved.status() == CallStatus.FAILED) {
            saved.phones()
                    .forEach(p -> messenger.send(
                            "call-failed:" + saved.id(),
                            com.voicepact.application.phone.port.out.SmsType.CALL_FAILED,
                            p,
                            null,
                            t -> t.callFailed(saved.hangupCause())));
        }
    }
}
