package com.voicepact.application.operations.service;

import com.voicepact.application.operations.port.in.CheckHealthUseCase;
import com.voicepact.application.operations.port.in.HealthReport;
import com.voicepact.application.operations.port.out.ComponentHealthPort;
import com.voicepact.application.shared.port.out.ClockPort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class CheckHealthService implements CheckHealthUseCase {

    private final List<ComponentHealthPort> components;
    private final ClockPort clock;

    public CheckHealthService(List<ComponentHealthPort> components, ClockPort clock) {
        this.components = List.copyOf(components);
        this.clock = clock;
    }

    @Override
    public HealthReport check() {
        Map<String, Boolean> states = new LinkedHashMap<>();
        Map<String, String> details = new LinkedHashMap<>();
        for (ComponentHealthPort component : components) {
            states.put(component.component(), safeCheck(component));
            details.putAll(component.details());
        }
        return new HealthReport(states, details, clock.now());
    }

    private static boolean safeCheck(ComponentHealthPort component) {
        try {
            return component.isHealthy();
        } catch (RuntimeException e) {
            return false; // a failing check is an unhealthy component, not a failing health endpoint
        }
    }
}
