package com.voicepact.application.voice.port.in;

import java.util.Optional;

/** A party sends by SMS a term a voice call lacked; the draft becomes a contract when nothing is missing. */
public interface SendDraftTermUseCase {

    /**
     * Runs in the caller's unit of work (the inbound SMS's), or its own.
     *
     * @return empty when no draft has that id (the SMS is about something else)
     */
    Optional<DraftTermAnswer> send(SendDraftTermCommand command);
}
