package com.voicepact.bootstrap;

import com.voicepact.application.shared.port.out.CallbackRefusalsPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import java.util.EnumMap;
import java.util.Map;

/**
 * This node's refused provider callbacks, per reason, as {@code voicepact_callbacks_refused_total{reason}}.
 * Every reason is registered at 0 when the service starts (an eager bean, not at the first callback), so a scrape
 * shows every series and {@code increase()} sees the first refusal.
 */
@Context
class MicrometerCallbackRefusals implements CallbackRefusalsPort {

    private final Map<Reason, Counter> counters = new EnumMap<>(Reason.class);

    MicrometerCallbackRefusals(MeterRegistry registry) {
        for (Reason reason : Reason.values()) {
            counters.put(
                    reason,
                    Counter.builder("voicepact.callbacks.refused")
                            .description("Provider callbacks this node refused, by reason: before reading them"
                                    + " (forged, unsigned, stale, replayed, wrong_token, source_not_allowed),"
                                    + " or authentic but unreadable (malformed)")
                            .tag("reason", reason.label())
                            .register(registry));
        }
    }

    @Override
    public void refused(Reason reason) {
        counters.get(reason).increment();
    }
}
