package com.voicepact.application.port.in;

import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.voice.VoiceCall;
import java.util.List;

public interface StartConferenceUseCase {

    /** Calls the first party; once answered, the others are dialled in and the call recorded. */
    VoiceCall start(List<Party> parties, ContractType type);
}
