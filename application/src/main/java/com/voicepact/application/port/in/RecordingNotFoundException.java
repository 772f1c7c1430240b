package com.voicepact.application.port.in;

public final class RecordingNotFoundException extends NotFoundException {

    public RecordingNotFoundException(String id) {
        super("recording " + id + " does not exist");
    }
}
