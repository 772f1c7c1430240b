package com.voicepact.adapter.in.web.system;

import com.voicepact.application.operations.port.in.HealthReport;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

@Serdeable
record HealthResponse(String status, Map<String, String> services, Instant timestamp) {

    static HealthResponse from(HealthReport report) {
        Map<String, String> services = new LinkedHashMap<>();
        report.components().forEach((name, healthy) -> services.put(name, healthy ? "healthy" : "unhealthy"));
        services.putAll(report.details());
        return new HealthResponse(report.isHealthy() ? "healthy" : "unhealthy", services, report.checkedAt());
    }
}
