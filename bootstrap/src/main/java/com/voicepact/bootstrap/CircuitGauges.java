package com.voicepact.bootstrap;

import com.voicepact.application.operations.port.out.ProviderCircuitsPort;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/**
 * Each provider circuit breaker of this node (they are per node: each node learns alone that a provider fails)
 * as {@code voicepact_circuit_state{circuit, state}}: 1 for the state it is in, 0 for the others.
 */
@Singleton
class CircuitGauges implements MeterBinder {

    private static final List<String> STATES = List.of("CLOSED", "OPEN", "HALF_OPEN");
    /** Resolved when the meters are bound (the circuits' own beans may need the meter registry being built). */
    private final Provider<ProviderCircuitsPort> circuits;

    CircuitGauges(Provider<ProviderCircuitsPort> circuits) {
        this.circuits = circuits;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        ProviderCircuitsPort port = circuits.get();
        for (String circuit : port.states().keySet()) {
            for (String state : STATES) {
                Gauge.builder(
                                "voicepact.circuit.state",
                                port,
                                c -> state.equals(c.states().get(circuit)) ? 1 : 0)
                        .description("This node's circuit breaker per provider service: 1 in its current state"
                                + " (closed: calls go through; open: refused without calling; half_open: trying)")
                        .tags("circuit", circuit, "state", state.toLowerCase(Locale.ROOT))
                        .strongReference(true)
                        .register(registry);
            }
        }
    }
}
