package com.voicepact.adapter.out.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.voice.port.out.VoiceGatewayPort;
import com.voicepact.domain.common.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code POST /call} from the configured {@code AT_VOICE_NUMBER}, form-encoded. */
public final class AtVoiceGateway implements VoiceGatewayPort {

    private final AtConfig config;
    private final AtHttp http;
    private final AtResilience resilience;

    public AtVoiceGateway(AtConfig config, AtResilience resilience) {
        this.config = config;
        this.http = new AtHttp(config);
        this.resilience = resilience;
    }

    @Override
    public List<CallEntry> call(List<PhoneNumber> to, String clientRequestId) {
        if (config.voiceNumber() == null || config.voiceNumber().isBlank()) {
            throw new GatewayException("AT_VOICE_NUMBER is not configured", false, null);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", config.username());
        form.put("from", config.voiceNumber());
        form.put("to", to.stream().map(PhoneNumber::e164).collect(Collectors.joining(",")));
        if (clientRequestId != null) {
            form.put("clientRequestId", clientRequestId);
        }
        JsonNode answer = resilience.safely("voice", () -> http.postForm(config.voiceBaseUrl() + "/call", form));
        String error = answer.path("errorMessage").asText("None");
        if (!"None".equals(error)) {
            throw new GatewayException("Africa's Talking refused the call: " + error, false, null);
        }
        List<CallEntry> entries = new ArrayList<>();
        for (JsonNode e : answer.path("entries")) {
            entries.add(new CallEntry(
                    new PhoneNumber(e.path("phoneNumber").asText()),
                    e.path("status").asText(),
                    e.path("sessionId").asText(null)));
        }
        return entries;
    }
}
