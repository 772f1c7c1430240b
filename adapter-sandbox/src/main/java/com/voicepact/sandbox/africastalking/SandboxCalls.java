package com.voicepact.sandbox.africastalking;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sandbox plays voice calls: a queued call rings on the simulated phone; answering posts AT's
 * active-call callback (the app answers with its XML); hanging up posts the final callback with a
 * recording whose "audio" carries what the person typed as said, which the sandbox's speech-to-text
 * endpoint gives back. The whole voice path thus runs offline, through the real clients.
 */
final class SandboxCalls {

    static final String SPEECH_MARKER = "VOICEPACT-SANDBOX-SPEECH:";

    record Call(String sessionId, String from, String to, String state, String lastXml, String said) {
        Call with(String newState, String xml, String speech) {
            return new Call(sessionId, from, to, newState, xml, speech);
        }
    }

    private final Map<String, Call> calls = new LinkedHashMap<>();
    private final SandboxCallbacks callbacks;
    private final Supplier<SandboxSettings> settings;
    private final Supplier<String> selfUrl;
    private volatile PhoneEvents events = PhoneEvents.NONE;

    SandboxCalls(SandboxCallbacks callbacks, Supplier<SandboxSettings> settings, Supplier<String> selfUrl) {
        this.callbacks = callbacks;
        this.settings = settings;
        this.selfUrl = selfUrl;
    }

    void tell(PhoneEvents listener) {
        this.events = listener;
    }

    String queue(String from, String to) {
        String session = SandboxIds.callSession();
        update(new Call(session, from, to, "ringing", null, null));
        return session;
    }

    /** The phone picks up: AT asks the app what to do; its XML is kept (the simulator shows the Say text). */
    String answer(String session) {
        Call call = require(session, "ringing");
        String xml = callbacks.post(
                settings.get().voiceCallbackUrl(),
                "application/x-www-form-urlencoded",
                SandboxPhones.form(Map.of(
                        "isActive",
                        "1",
                        "sessionId",
                        session,
                        "direction",
                        "Outbound",
                        "callerNumber",
                        call.from(),
                        "destinationNumber",
                        call.to(),
                        "callSessionState",
                        "Active")));
        update(call.with("active", xml, null));
        return xml == null ? "" : xml;
    }

    /** The call ends: AT's final callback, with a recording of what was said. */
    String hangUp(String session, String said) {
        Call call = require(session, "active");
        update(call.with("completed", call.lastXml(), said));
        int seconds = Math.max(5, said.split("\\s+").length / 2);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("isActive", "0");
        fields.put("sessionId", session);
        fields.put("direction", "Outbound");
        fields.put("callerNumber", call.from());
        fields.put("destinationNumber", call.to());
        fields.put("recordingUrl", selfUrl.get() + "/sandbox/recordings/" + session + ".wav");
        fields.put("durationInSeconds", Integer.toString(seconds));
        fields.put("hangupCause", "NORMAL_CLEARING");
        fields.put("currencyCode", "KES");
        fields.put("amount", "1.0000");
        fields.put("callSessionState", "Completed");
        return callbacks.post(
                settings.get().voiceCallbackUrl(), "application/x-www-form-urlencoded", SandboxPhones.form(fields));
    }

    /** The phone does not pick up: the final callback without a recording. */
    String decline(String session) {
        Call call = require(session, "ringing");
        update(call.with("declined", null, null));
        return callbacks.post(
                settings.get().voiceCallbackUrl(),
                "application/x-www-form-urlencoded",
                SandboxPhones.form(Map.of(
                        "isActive",
                        "0",
                        "sessionId",
                        session,
                        "direction",
                        "Outbound",
                        "callerNumber",
                        call.from(),
                        "destinationNumber",
                        call.to(),
                        "durationInSeconds",
                        "0",
                        "hangupCause",
                        "NO_ANSWER")));
    }

    synchronized byte[] recording(String session) {
        Call call = calls.get(session);
        if (call == null || call.said() == null) {
            return null;
        }
        return ("RIFF" + SPEECH_MARKER + call.said()).getBytes(StandardCharsets.UTF_8);
    }

    /** The sandbox's speech-to-text: the text carried in a sandbox recording. */
    static String transcribe(String multipartBody) {
        int at = multipartBody.indexOf(SPEECH_MARKER);
        if (at < 0) {
            return "";
        }
        String rest = multipartBody.substring(at + SPEECH_MARKER.length());
        int end = rest.indexOf("\r\n--");
        return (end < 0 ? rest : rest.substring(0, end)).strip();
    }

    synchronized List<Call> forPhone(String phone) {
        return new ArrayList<>(
                calls.values().stream().filter(c -> c.to().equals(phone)).toList());
    }

    private synchronized Call require(String session, String state) {
        Call call = calls.get(session);
        if (call == null || !call.state().equals(state)) {
            throw new IllegalStateException("no " + state + " call " + session);
        }
        return call;
    }

    private void update(Call call) {
        synchronized (this) {
            calls.put(call.sessionId(), call);
        }
        events.call(call);
    }
}
