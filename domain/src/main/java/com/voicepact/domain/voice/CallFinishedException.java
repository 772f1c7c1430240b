package com.voicepact.domain.voice;

import com.voicepact.domain.StateConflictException;

/** A callback for a call that already ended (AT retries, or a forgery): refused, nothing changes. */
public final class CallFinishedException extends StateConflictException {

    public CallFinishedException(String id, CallStatus status) {
        super("call " + id + " is already " + status.wireName());
    }
}
