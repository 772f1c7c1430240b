package com.voicepact.application.escrow.port.in;

import java.util.List;

/** Release asked for before the recorded confirmations allow it; lists what is missing. */
public final class ReleaseNotAllowedException extends RuntimeException {

    private final List<String> missing;

    public ReleaseNotAllowedException(String contractId, List<String> missing) {
        super("escrow of contract " + contractId + " cannot be released yet: missing " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
