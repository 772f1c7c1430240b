package com.voicepact.application.voice.port.out;

import com.voicepact.domain.common.PhoneNumber;
import java.util.List;

/** Places voice calls from the configured number. */
public interface VoiceGatewayPort {

    record CallEntry(PhoneNumber phone, String status, String sessionId) {}

    List<CallEntry> call(List<PhoneNumber> to, String clientRequestId);
}
