package com.voicepact.application.console.port.in;

import com.voicepact.domain.InvalidValueException;

/**
 * An attempt to sign in to the operator console.
 *
 * @param presentedKey the operator API key typed on the sign-in page (may be wrong or empty: that is a failure, not
 *     invalid input)
 * @param clientAddress the address the attempt came from (IPv4 or IPv6 text, at most 64 characters): lockouts count
 *     per address
 */
public record SignInCommand(String presentedKey, String clientAddress) {

    public SignInCommand {
        presentedKey = presentedKey == null ? "" : presentedKey;
        clientAddress = InvalidValueException.requireText(clientAddress, "client address", 64);
    }

    @Override
    public String toString() {
        return "SignInCommand[key hidden, clientAddress=" + clientAddress + "]";
    }
}
