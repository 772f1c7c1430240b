package com.voicepact.bootstrap;

/**
 * The configuration cannot run the service; the message names the environment variable at fault and what it
 * must be. {@link Application#main} prints it alone (no stack trace) and exits with status 2.
 */
final class StartupRefusedException extends IllegalArgumentException {

    StartupRefusedException(String message) {
        super(message);
    }

    StartupRefusedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The refusal somewhere in {@code failure}'s causes (Micronaut wraps what a factory throws), if any. */
    static java.util.Optional<StartupRefusedException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StartupRefusedException refused) {
                return java.util.Optional.of(refused);
            }
        }
        return java.util.Optional.empty();
    }
}
