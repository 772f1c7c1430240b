package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.voice.port.out.RecordingFetchPort;
import com.voicepact.application.voice.port.shared.AudioClip;
import com.voicepact.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

/**
 * What every recording download must do, in the port's terms; subclassed once per implementation (the
 * fake, the HTTP fetcher against a local server hosting recordings). The voice use case relies on the
 * split between the two failures: a recording that is not audio is refused with an
 * {@link InvalidValueException} (retrying cannot help), one that cannot be fetched now is a
 * {@link GatewayException} (it is tried again later).
 */
public abstract class RecordingFetchContractTest {

    protected abstract RecordingFetchPort fetcher();

    /** The URL of an audio recording. */
    protected abstract String audioUrl();

    /** The URL of something that is not audio (a web page). */
    protected abstract String notAudioUrl();

    /** A URL where no recording is (yet). */
    protected abstract String missingUrl();

    @Test
    void givenAnAudioRecording_whenFetched_thenItsBytesAudioTypeAndAFileName() {
        AudioClip clip = fetcher().fetch(audioUrl());

        assertThat(clip.bytes()).isNotEmpty();
        assertThat(clip.contentType()).startsWith("audio/");
        assertThat(clip.fileName()).isNotBlank();
    }

    @Test
    void givenSomethingThatIsNotAudio_whenFetched_thenRefusedAsInvalid() {
        assertThatThrownBy(() -> fetcher().fetch(notAudioUrl()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not audio");
    }

    @Test
    void givenNoRecordingThere_whenFetched_thenAGatewayExceptionToTryAgainLater() {
        assertThatThrownBy(() -> fetcher().fetch(missingUrl())).isInstanceOf(GatewayException.class);
    }
}
