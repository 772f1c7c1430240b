package com.voicepact.application.operations.port.in;

import java.time.Instant;
import java.util.Map;

/** Each component's health and details; the service is healthy only when all components are. */
public record HealthReport(Map<String, Boolean> components, Map<String, String> details, Instant checkedAt) {

    public HealthReport {
        components = Map.copyOf(components);
        details = Map.copyOf(details);
    }

    public boolean isHealthy() {
        return components.values().stream().allMatch(Boolean::booleanValue);
    }
}
