package com.voicepact.adapter.out.mpesa;

/**
 * Why a call to Daraja gave no usable answer. {@code NOT_CONNECTED}: the request provably never left (connection
 * refused or not established); {@code NO_ANSWER}: it may have reached Daraja (timeout, connection reset after sending);
 * {@code BAD_ANSWER}: Daraja (or something in front of it) answered with neither the expected JSON nor an error code.
 */
final class DarajaFailure extends RuntimeException {

    enum Kind {
        NOT_CONNECTED,
        NO_ANSWER,
        BAD_ANSWER
    }

    private final Kind kind;

    DarajaFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
