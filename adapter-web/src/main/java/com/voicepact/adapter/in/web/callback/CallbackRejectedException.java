package com.voicepact.adapter.in.web.callback;

import com.voicepact.application.shared.port.out.CallbackRefusalsPort.Reason;

/** A callback that failed authentication: 401 (token, signature, replay) or 403 (source address). */
public final class CallbackRejectedException extends RuntimeException {

    private final Reason reason;

    CallbackRejectedException(String message, Reason reason) {
        super(message);
        this.reason = reason;
    }

    public boolean forbiddenSource() {
        return reason == Reason.SOURCE_NOT_ALLOWED;
    }

    /** Why, as the metrics count it. */
    public Reason reason() {
        return reason;
    }
}
