package com.voicepact.application.console.port.in;

public interface SignOutUseCase {

    /**
     * Ends the session of {@code token} at once, audited with the operator's identity and {@code clientAddress}; an
     * unknown or expired token is ignored.
     */
    void signOut(String token, String clientAddress);
}
