package com.voicepact.adapter.in.web.system;

import com.voicepact.adapter.in.web.openapi.Unauthenticated;
import com.voicepact.application.operations.port.in.CheckHealthUseCase;
import com.voicepact.application.operations.port.in.HealthReport;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** 200 when every component is healthy, 503 otherwise, so load balancers can act on the code alone. */
@Controller("/health")
@ExecuteOn(TaskExecutors.BLOCKING)
final class HealthController {

    private final CheckHealthUseCase health;

    HealthController(CheckHealthUseCase health) {
        this.health = health;
    }

    @Unauthenticated
    @Get
    HttpResponse<HealthResponse> health() {
        HealthReport report = health.check();
        return HttpResponse.status(report.isHealthy() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(HealthResponse.from(report));
    }
}
