package com.voicepact.domain.voice;

/** A callback for a call that already ended (AT retries, or a forgery): refused, nothing changes. */
public final class CallFinishedException extends IllegalCallTransitionException {

    public CallFinishedException(String id, CallStatus status) {
        super("call " + id + " is already " + status.wireName());
    }
}
