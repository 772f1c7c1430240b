package com.voicepact.application.voice.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.escrow.port.in.ProviderRefusedException;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.in.ProviderUnavailableException;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.application.voice.port.in.StartConferenceCommand;
import com.voicepact.application.voice.port.in.StartConferenceUseCase;
import com.voicepact.application.voice.port.out.VoiceCalls;
import com.voicepact.application.voice.port.out.VoiceGatewayPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.voice.VoiceCall;
import java.util.List;
import java.util.UUID;

/** Starts a negotiation call: AT calls the first party, and the call is stored once AT has queued it. */
public final class StartConferenceService implements StartConferenceUseCase {

    private static final Actor VOICE = Actor.system("voice");
    private final VoiceCalls calls;
    private final VoiceGatewayPort voice;
    private final AuditTrail audit;
    private final ClockPort clock;
    private final ConflictRetry retry;

    public StartConferenceService(
            VoiceCalls calls, VoiceGatewayPort voice, AuditTrail audit, ClockPort clock, TransactionPort transactions) {
        this.calls = calls;
        this.voice = voice;
        this.audit = audit;
        this.clock = clock;
        this.retry = new ConflictRetry(transactions);
    }

    @Override
    public VoiceCall start(StartConferenceCommand command) {
        List<Party> parties = command.parties();
        String id = "VC-"
                + UUID.nameUUIDFromBytes((parties.toString() + clock.now()).getBytes())
                        .toString()
                        .substring(0, 13);
        List<VoiceGatewayPort.CallEntry> entries;
        try {
            entries = voice.call(List.of(parties.get(0).phone()), id);
        } catch (GatewayException e) {
            throw new ProviderUnavailableException("voice calls unavailable: " + e.getMessage(), e);
        }
        String session = entries.isEmpty() || entries.get(0).sessionId() == null
                ? null
                : entries.get(0).sessionId();
        if (session == null) {
            throw new ProviderRefusedException("Africa's Talking did not queue the call: "
                    + (entries.isEmpty() ? "no entry" : entries.get(0).status()));
        }
        return retry.inTransaction(() -> {
            VoiceCall call = calls.save(VoiceCall.start(id, session, parties, command.type(), clock.now()));
            audit.change(
                    VOICE, AuditAction.VOICE_CALL_STARTED, id, "", call.status().name(), "session=" + session);
            return call;
        });
    }
}
