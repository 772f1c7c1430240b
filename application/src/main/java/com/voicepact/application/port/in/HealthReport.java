package com.voicepact.application.port.in;

import java.time.Instant;
import java.util.Map;

/** Each component's health; the service is healthy only when all of them are. */
public record HealthReport(Map<String, Boolean> components, Instant checkedAt) {

    public HealthReport {
        components = Map.copyOf(components);
    }

    public boolean isHealthy() {
        return components.values().stream().allMatch(Boolean::booleanValue);
    }
}
