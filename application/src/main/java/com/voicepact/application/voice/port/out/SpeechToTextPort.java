package com.voicepact.application.voice.port.out;

import com.voicepact.application.voice.port.shared.AudioClip;

/** Turns speech into text; an unreachable service throws {@link GatewayException}. */
public interface SpeechToTextPort {

    String transcribe(AudioClip audio);
}
