package com.voicepact.adapter.in.web.admin;

import com.voicepact.adapter.in.web.openapi.JsonErrors;
import com.voicepact.adapter.in.web.security.Operator;
import com.voicepact.application.operations.port.in.ResetCircuitCommand;
import com.voicepact.application.operations.port.in.ResetCircuitUseCase;
import com.voicepact.domain.audit.Actor;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/** An operator closes a provider circuit by hand (after fixing the cause), like the product docs' {@code reset()}. */
@JsonErrors
@Controller("/api/v1/admin/circuits")
@ExecuteOn(TaskExecutors.BLOCKING)
final class CircuitController {

    private final ResetCircuitUseCase reset;

    CircuitController(ResetCircuitUseCase reset) {
        this.reset = reset;
    }

    @Post("/{service}/reset")
    Map<String, String> reset(HttpRequest<?> http, @PathVariable String service) {
        return reset.reset(new ResetCircuitCommand(service, Actor.operator(Operator.keyIdOf(http))));
    }
}
