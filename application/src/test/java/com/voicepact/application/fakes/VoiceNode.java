package com.voicepact.application.fakes;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.application.voice.port.in.DraftContractFromTranscriptUseCase;
import com.voicepact.application.voice.port.in.StartConferenceCommand;
import com.voicepact.application.voice.port.in.VoiceCallback;
import com.voicepact.application.voice.port.out.RecordingFetchPort;
import com.voicepact.application.voice.port.out.SpeechToTextPort;
import com.voicepact.application.voice.port.out.VoiceCalls;
import com.voicepact.application.voice.port.out.VoiceGatewayPort;
import com.voicepact.application.voice.service.GetVoiceCallService;
import com.voicepact.application.voice.service.HandleVoiceCallbackService;
import com.voicepact.application.voice.service.ProcessRecordingsService;
import com.voicepact.application.voice.service.StartConferenceService;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.voice.VoiceCall;
import java.util.List;
import java.util.Optional;

/** Test wiring: the voice use cases of one node on the same ports, as the service wires them. */
public final class VoiceNode {

    public final StartConferenceService conferences;
    public final HandleVoiceCallbackService callbacks;
    public final GetVoiceCallService calls;
    public final ProcessRecordingsService recordings;

    public VoiceNode(
            VoiceCalls calls,
            VoiceGatewayPort voice,
            RecordingFetchPort fetch,
            SpeechToTextPort speech,
            DraftContractFromTranscriptUseCase drafts,
            Messenger messenger,
            AuditTrail audit,
            ClockPort clock,
            TransactionPort transactions) {
        this.conferences = new StartConferenceService(calls, voice, audit, clock, transactions);
        this.callbacks = new HandleVoiceCallbackService(calls, messenger, audit, clock, transactions);
        this.calls = new GetVoiceCallService(calls);
        this.recordings = new ProcessRecordingsService(calls, fetch, speech, drafts, audit, clock, transactions);
    }

    public VoiceCall start(List<Party> parties, ContractType type) {
        return conferences.start(new StartConferenceCommand(parties, type));
    }

    public Optional<String> handle(VoiceCallback callback) {
        return callbacks.handle(callback);
    }

    public VoiceCall get(String id) {
        return calls.get(id);
    }

    public int processDue() {
        return recordings.processDue();
    }
}
