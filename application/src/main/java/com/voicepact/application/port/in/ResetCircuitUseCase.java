package com.voicepact.application.port.in;

import com.voicepact.domain.audit.Actor;
import java.util.Map;

public interface ResetCircuitUseCase {

    /** Closes a provider circuit by hand (operator) and returns every circuit's state after it. */
    Map<String, String> reset(String service, Actor operator);
}
