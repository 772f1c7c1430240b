package com.voicepact.application.operations.port.out;

/** One dependency the service needs (database, SMS gateway, ...), able to say whether it works. */
public interface ComponentHealthPort {

    String component();

    boolean isHealthy();

    /** Extra facts to show beside the verdict (e.g. {@code sms_circuit: CLOSED}). */
    default java.util.Map<String, String> details() {
        return java.util.Map.of();
    }
}
