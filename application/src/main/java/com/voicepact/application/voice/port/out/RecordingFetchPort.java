package com.voicepact.application.voice.port.out;

import com.voicepact.application.voice.port.shared.AudioClip;

/**
 * Downloads a call recording. A recording that is too large or not audio is refused with
 * {@link com.voicepact.domain.InvalidValueException} (retrying cannot help); an unreachable one
 * throws {@link GatewayException} (it is tried again later).
 */
public interface RecordingFetchPort {

    AudioClip fetch(String url);
}
