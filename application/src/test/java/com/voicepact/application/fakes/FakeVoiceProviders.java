package com.voicepact.application.fakes;

import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.voice.port.out.RecordingFetchPort;
import com.voicepact.application.voice.port.out.SpeechToTextPort;
import com.voicepact.application.voice.port.out.VoiceGatewayPort;
import com.voicepact.application.voice.port.shared.AudioClip;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A voice gateway, a recording store and a transcriber in memory: the "audio" is the spoken text itself. */
public final class FakeVoiceProviders implements VoiceGatewayPort, RecordingFetchPort, SpeechToTextPort {

    private final Map<String, String> recordings = new ConcurrentHashMap<>();
    private final List<List<PhoneNumber>> calls = new ArrayList<>();
    private final AtomicInteger sessions = new AtomicInteger();
    private volatile boolean transcriberDown;
    private volatile boolean queueing = true;
    private volatile boolean callingDown;
    private final Set<PhoneNumber> uncallable = ConcurrentHashMap.newKeySet();

    @Override
    public synchronized List<CallEntry> call(List<PhoneNumber> to, String clientRequestId) {
        if (callingDown) {
            throw new GatewayException("voice gateway unreachable", false, null);
        }
        calls.add(to);
        if (!queueing) { // AT's answer for a number it will not call: a status and no session
            return to.stream()
                    .map(p -> new CallEntry(p, "InvalidPhoneNumber", null))
                    .toList();
        }
        return to.stream()
                .map(p -> uncallable.contains(p)
                        ? new CallEntry(p, "InvalidPhoneNumber", null)
                        : new CallEntry(p, "Queued", "ATVId_" + sessions.incrementAndGet()))
                .toList();
    }

    /** A recording AT would host at this URL, saying {@code speech}. */
    public void record(String url, String speech) {
        recordings.put(url, speech);
    }

    @Override
    public AudioClip fetch(String url) {
        String speech = recordings.get(url);
        if (speech == null) {
            throw new GatewayException("no recording at " + url, false, null);
        }
        if (speech.startsWith("NOT AUDIO")) {
            throw new InvalidValueException("the recording at " + url + " is not audio (text/html)");
        }
        return new AudioClip(speech.getBytes(StandardCharsets.UTF_8), "audio/wav", "call.wav");
    }

    @Override
    public String transcribe(AudioClip audio) {
        if (transcriberDown) {
            throw new GatewayException("speech-to-text unreachable", false, null);
        }
        return new String(audio.bytes(), StandardCharsets.UTF_8);
    }

    /** False: AT answers the call request but queues no call (no session id), as for an invalid number. */
    public void setQueueing(boolean enabled) {
        this.queueing = enabled;
    }

    /** AT answers for {@code phone} but queues no call to it. */
    public void refuseToCall(PhoneNumber phone) {
        uncallable.add(phone);
    }

    public void setCallingDown(boolean down) {
        this.callingDown = down;
    }

    public void setTranscriberDown(boolean down) {
        this.transcriberDown = down;
    }

    public synchronized List<List<PhoneNumber>> calls() {
        return List.copyOf(calls);
    }

    public String lastSession() {
        return "ATVId_" + sessions.get();
    }
}
