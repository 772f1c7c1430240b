package com.voicepact.application.port.out;

/** Turns speech into text; an unreachable service throws {@link GatewayException}. */
public interface SpeechToTextPort {

    String transcribe(AudioClip audio);
}
