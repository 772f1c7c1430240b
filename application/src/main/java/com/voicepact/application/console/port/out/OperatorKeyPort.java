package com.voicepact.application.console.port.out;

import java.util.Optional;

/** The operators' API keys (the same keys as the {@code X-API-Key} header). */
public interface OperatorKeyPort {

    /** The id (12 hex digits) of the operator whose key {@code presentedKey} is, or empty; compared in constant time. */
    Optional<String> identify(String presentedKey);
}
