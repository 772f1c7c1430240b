package com.voicepact.application.voice.port.in;

import com.voicepact.application.voice.port.shared.AudioClip;
import com.voicepact.domain.InvalidValueException;
import java.time.LocalDate;

/**
 * Audio to transcribe: either its bytes ({@code clip}) or where to download it ({@code url}), exactly one of them;
 * {@code callDate} resolves relative dates in the words (today when null).
 *
 * @throws InvalidValueException when neither or both of clip and url are given
 */
public record TranscribeAudioCommand(AudioClip clip, String url, LocalDate callDate) {

    public TranscribeAudioCommand {
        InvalidValueException.require(
                (clip == null) != (url == null || url.isBlank()), "give the audio or its URL, not both");
    }

    public static TranscribeAudioCommand of(AudioClip clip, LocalDate callDate) {
        return new TranscribeAudioCommand(clip, null, callDate);
    }

    public static TranscribeAudioCommand fromUrl(String url, LocalDate callDate) {
        return new TranscribeAudioCommand(null, url, callDate);
    }
}
