package com.voicepact.adapter.in.web.callback;

/** A callback that failed authentication: 401 (token, signature, replay) or 403 (source address). */
public final class CallbackRejectedException extends RuntimeException {

    private final boolean forbiddenSource;

    CallbackRejectedException(String reason, boolean forbiddenSource) {
        super(reason);
        this.forbiddenSource = forbiddenSource;
    }

    public boolean forbiddenSource() {
        return forbiddenSource;
    }
}
