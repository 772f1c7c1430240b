package com.voicepact.domain.voice;

import com.voicepact.domain.DomainException;

/** A callback for a call that already ended (AT retries, or a forgery): refused, nothing changes. */
public final class CallFinishedException extends DomainException {

    public CallFinishedException(String id, CallStatus status) {
        super("call " + id + " is already " + status.wireName());
    }
}
