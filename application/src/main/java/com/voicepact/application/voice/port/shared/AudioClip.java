package com.voicepact.application.voice.port.shared;

import com.voicepact.domain.InvalidValueException;

/** A recording's bytes, its media type and a file name for the transcription request. */
public record AudioClip(byte[] bytes, String contentType, String fileName) {

    public AudioClip {
        InvalidValueException.require(bytes != null && bytes.length > 0, "the recording is empty");
        InvalidValueException.require(
                contentType != null && fileName != null, "content type and file name are required");
    }
}
