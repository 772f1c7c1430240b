package com.voicepact.application.operations.port.out;

import java.util.Map;

/** The circuit breakers guarding the provider's services (sms, voice, payments). */
public interface ProviderCircuitsPort {

    /** Service name to CLOSED, OPEN or HALF_OPEN. */
    Map<String, String> states();

    /** Closes the named circuit; an unknown name is invalid input. */
    void reset(String service);
}
