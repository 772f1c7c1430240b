package com.voicepact.application.voice.port.in;

import com.voicepact.application.shared.port.in.NotFoundException;

public final class RecordingNotFoundException extends NotFoundException {

    public RecordingNotFoundException(String id) {
        super("recording " + id + " does not exist");
    }
}
