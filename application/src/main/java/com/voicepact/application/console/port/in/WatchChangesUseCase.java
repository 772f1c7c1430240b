package com.voicepact.application.console.port.in;

public interface WatchChangesUseCase {

    /** The state the console compares over time to tell its pages that something changed. */
    ConsoleState current();
}
