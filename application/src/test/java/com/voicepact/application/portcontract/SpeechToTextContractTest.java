package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.voice.port.out.SpeechToTextPort;
import com.voicepact.application.voice.port.shared.AudioClip;
import org.junit.jupiter.api.Test;

/**
 * What every speech-to-text service must do, in the port's terms; subclassed once per implementation (the
 * fake, the OpenAI-compatible transcriber against a local server speaking that API). The voice use case
 * relies on it: the words heard, without the surrounding blanks a service adds, and an unreachable or
 * failing service as a {@link GatewayException} (the call is tried again later).
 */
public abstract class SpeechToTextContractTest {

    /** The words {@link #spokenClip()} says, as the service will hear them. */
    public static final String SPOKEN = "nitakuuzia magunia mia moja";

    /** A transcriber whose service hears {@link #SPOKEN} in {@link #spokenClip()}. */
    protected abstract SpeechToTextPort transcriber();

    /** A transcriber whose service cannot be reached. */
    protected abstract SpeechToTextPort unreachableTranscriber();

    /** A transcriber whose service answers with a server error. */
    protected abstract SpeechToTextPort failingTranscriber();

    /** A recording saying {@link #SPOKEN}. */
    protected abstract AudioClip spokenClip();

    @Test
    void givenARecording_whenTranscribed_thenTheWordsHeard_withoutSurroundingBlanks() {
        assertThat(transcriber().transcribe(spokenClip())).isEqualTo(SPOKEN);
    }

    @Test
    void givenTheServiceUnreachable_whenTranscribed_thenAGatewayException() {
        assertThatThrownBy(() -> unreachableTranscriber().transcribe(spokenClip()))
                .isInstanceOf(GatewayException.class);
    }

    @Test
    void givenTheServiceFailing_whenTranscribed_thenAGatewayException() {
        assertThatThrownBy(() -> failingTranscriber().transcribe(spokenClip())).isInstanceOf(GatewayException.class);
    }
}
