package com.voicepact.adapter.out.africastalking;

/**
 * Why a call to AT did not give a usable answer. {@code reachedAt} tells whether the request may
 * have been processed: false only when the connection itself was refused or never established.
 */
final class AtFailure extends RuntimeException {

    enum Kind {
        NOT_CONNECTED,
        NO_ANSWER,
        SERVER_ERROR,
        UNAUTHORIZED,
        BAD_ANSWER
    }

    private final Kind kind;

    AtFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** True when AT may have received and processed the request. */
    boolean mayHaveReachedAt() {
        return kind != Kind.NOT_CONNECTED && kind != Kind.UNAUTHORIZED;
    }
}
