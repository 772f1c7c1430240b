package com.voicepact.application.shared.port.out;

/**
 * The provider could not be asked or did not answer. {@code ambiguous} means the request may have
 * reached it (a read timeout); otherwise it provably did not (connection refused, circuit open).
 */
public class GatewayException extends RuntimeException {

    private final boolean ambiguous;

    public GatewayException(String message, boolean ambiguous, Throwable cause) {
        super(message, cause);
        this.ambiguous = ambiguous;
    }

    public boolean ambiguous() {
        return ambiguous;
    }
}
