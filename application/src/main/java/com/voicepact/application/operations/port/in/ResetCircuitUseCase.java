package com.voicepact.application.operations.port.in;

import java.util.Map;

public interface ResetCircuitUseCase {

    /** Closes a provider circuit by hand (operator) and returns every circuit's state after it. */
    Map<String, String> reset(ResetCircuitCommand command);
}
