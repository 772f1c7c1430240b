package com.voicepact.adapter.in.web;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.port.in.CheckHealthUseCase;
import com.voicepact.application.port.in.ConfirmContractUseCase;
import com.voicepact.application.port.in.CreateContractUseCase;
import com.voicepact.application.port.in.DeclineContractUseCase;
import com.voicepact.application.port.in.GetContractUseCase;
import com.voicepact.application.port.in.ListContractsUseCase;
import com.voicepact.application.port.in.VerifyAuditLogUseCase;
import com.voicepact.application.port.out.ComponentHealthPort;
import com.voicepact.application.port.out.ConcurrentUpdateException;
import com.voicepact.application.service.HealthService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** The web adapter on the real use cases over in-memory fakes, with one known operator key. */
@Factory
public class WebTestApplication {

    public static final String OPERATOR_KEY = "test-operator-key-0123456789";
    public static final AtomicBoolean DATABASE_UP = new AtomicBoolean(true);
    public static final AtomicBoolean NEXT_CONFIRM_CONFLICTS = new AtomicBoolean(false);

    @Singleton
    InMemoryVoicePact app() {
        return new InMemoryVoicePact();
    }

    @Singleton
    OperatorKeys operatorKeys() {
        return OperatorKeys.fromSha256Hex(List.of(OperatorKeys.sha256Hex(OPERATOR_KEY)));
    }

    @Singleton
    CreateContractUseCase create(InMemoryVoicePact app) {
        return app.create;
    }

    @Singleton
    GetContractUseCase get(InMemoryVoicePact app) {
        return app.queries;
    }

    @Singleton
    ListContractsUseCase list(InMemoryVoicePact app) {
        return app.queries;
    }

    /** The real service, except that a test can make the next call lose a race it cannot win. */
    @Singleton
    ConfirmContractUseCase confirm(InMemoryVoicePact app) {
        return command -> {
            if (NEXT_CONFIRM_CONFLICTS.getAndSet(false)) {
                throw new ConcurrentUpdateException("contract " + command.contractId() + " version 1 is stale", null);
            }
            return app.decisions.confirm(command);
        };
    }

    @Singleton
    DeclineContractUseCase decline(InMemoryVoicePact app) {
        return app.decisions;
    }

    @Singleton
    VerifyAuditLogUseCase verifyAudit(InMemoryVoicePact app) {
        return app.audit;
    }

    @Singleton
    CheckHealthUseCase health(InMemoryVoicePact app) {
        ComponentHealthPort database = new ComponentHealthPort() {
            @Override public String component() { return "database"; }
            @Override public boolean isHealthy() { return DATABASE_UP.get(); }
        };
        return new HealthService(List.of(database), app.clock);
    }
}
