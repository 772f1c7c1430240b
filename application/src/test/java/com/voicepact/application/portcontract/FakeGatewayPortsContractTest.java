package com.voicepact.application.portcontract;

import com.voicepact.application.fakes.FakeVoiceProviders;
import com.voicepact.application.fakes.RecordingSmsGateway;
import com.voicepact.application.phone.port.out.SmsGatewayPort;
import com.voicepact.application.voice.port.out.RecordingFetchPort;
import com.voicepact.application.voice.port.out.SpeechToTextPort;
import com.voicepact.application.voice.port.out.VoiceGatewayPort;
import com.voicepact.application.voice.port.shared.AudioClip;
import com.voicepact.domain.common.PhoneNumber;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;

/**
 * The gateway port contracts on the application's fakes, so that every test built on a fake (and
 * {@code InMemoryVoicePact}) stands on a gateway that behaves like the real adapters.
 */
class FakeGatewayPortsContractTest {

    private static final PhoneNumber REFUSED = new PhoneNumber("+254700000001");

    @Nested
    class Sms extends SmsGatewayContractTest {
        private final RecordingSmsGateway gateway = new RecordingSmsGateway();
        private final RecordingSmsGateway down = new RecordingSmsGateway();

        Sms() {
            gateway.refuse(REFUSED);
            down.setDown(true);
        }

        @Override
        protected SmsGatewayPort gateway() {
            return gateway;
        }

        @Override
        protected SmsGatewayPort unreachableGateway() {
            return down;
        }

        @Override
        protected PhoneNumber refusedRecipient() {
            return REFUSED;
        }
    }

    @Nested
    class Voice extends VoiceGatewayContractTest {
        private final FakeVoiceProviders gateway = new FakeVoiceProviders();
        private final FakeVoiceProviders down = new FakeVoiceProviders();

        Voice() {
            gateway.refuseToCall(REFUSED);
            down.setCallingDown(true);
        }

        @Override
        protected VoiceGatewayPort gateway() {
            return gateway;
        }

        @Override
        protected VoiceGatewayPort unreachableGateway() {
            return down;
        }

        @Override
        protected PhoneNumber uncallableNumber() {
            return REFUSED;
        }
    }

    @Nested
    class SpeechToText extends SpeechToTextContractTest {
        private final FakeVoiceProviders down = new FakeVoiceProviders();

        SpeechToText() {
            down.setTranscriberDown(true);
        }

        @Override
        protected SpeechToTextPort transcriber() {
            return new FakeVoiceProviders();
        }

        @Override
        protected SpeechToTextPort unreachableTranscriber() {
            return down;
        }

        @Override
        protected SpeechToTextPort failingTranscriber() {
            return down;
        }

        /** The fake's "audio" is the spoken text itself. */
        @Override
        protected AudioClip spokenClip() {
            return new AudioClip(SPOKEN.getBytes(StandardCharsets.UTF_8), "audio/wav", "call.wav");
        }
    }

    @Nested
    class RecordingFetch extends RecordingFetchContractTest {
        private final FakeVoiceProviders store = new FakeVoiceProviders();

        RecordingFetch() {
            store.record("https://voice.example/rec/call.wav", "nitakuuzia magunia");
            store.record("https://voice.example/rec/page", "NOT AUDIO <html>");
        }

        @Override
        protected RecordingFetchPort fetcher() {
            return store;
        }

        @Override
        protected String audioUrl() {
            return "https://voice.example/rec/call.wav";
        }

        @Override
        protected String notAudioUrl() {
            return "https://voice.example/rec/page";
        }

        @Override
        protected String missingUrl() {
            return "https://voice.example/rec/none.wav";
        }
    }
}
