package com.voicepact.bootstrap;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.audit.service.VerifyAuditLogService;
import com.voicepact.application.contract.ContractSettings;
import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.service.AmendTermsService;
import com.voicepact.application.contract.service.ContractDecisionService;
import com.voicepact.application.contract.service.ContractQueryService;
import com.voicepact.application.contract.service.CreateContractService;
import com.voicepact.application.contract.service.ExpireOverdueContractsService;
import com.voicepact.application.operations.port.out.ComponentHealthPort;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.operations.port.out.ProviderCircuitsPort;
import com.voicepact.application.operations.service.CheckHealthService;
import com.voicepact.application.operations.service.ResetCircuitService;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditChain;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** Builds the framework-free application services from the adapters' port implementations. */
@Factory
class UseCaseFactory {

    @Singleton
    ClockPort clock() {
        return new SystemClock(Clock.system(ZoneId.of("Africa/Nairobi")));
    }

    @Singleton
    AuditTrail auditTrail(AuditLog log, AuditChain chain, ClockPort clock) {
        return new AuditTrail(log, chain, clock);
    }

    @Singleton
    ContractSettings contractSettings(VoicePactSettings settings) {
        return new ContractSettings(settings.service().confirmationWindow());
    }

    @Singleton
    Messenger messenger(OutboxMessages outbox, LanguagePreferences languages, ClockPort clock, VoicePactSettings env) {
        return new Messenger(outbox, languages, clock, env.service().defaultLanguage());
    }

    @Singleton
    CreateContractService createContract(
            Contracts contracts,
            ContractIdPort ids,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            ContractSettings settings,
            Messenger messenger) {
        return new CreateContractService(contracts, ids, clock, transactions, audit, settings, messenger);
    }

    @Singleton
    ContractQueryService contractQueries(Contracts contracts) {
        return new ContractQueryService(contracts);
    }

    @Singleton
    ContractDecisionService contractDecisions(
            Contracts contracts, ClockPort clock, TransactionPort transactions, AuditTrail audit, Messenger messenger) {
        return new ContractDecisionService(contracts, clock, transactions, audit, messenger);
    }

    @Singleton
    AmendTermsService amendTerms(
            Contracts contracts,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            ContractSettings settings,
            Messenger messenger) {
        return new AmendTermsService(contracts, clock, transactions, audit, settings, messenger);
    }

    @Singleton
    ExpireOverdueContractsService contractExpiry(
            Contracts contracts, ClockPort clock, TransactionPort transactions, AuditTrail audit, Messenger messenger) {
        return new ExpireOverdueContractsService(contracts, clock, transactions, audit, messenger);
    }

    @Singleton
    VerifyAuditLogService auditLogService(AuditLog log, AuditTrail trail) {
        return new VerifyAuditLogService(log, trail);
    }

    @Singleton
    ResetCircuitService circuitService(ProviderCircuitsPort circuits, AuditTrail audit, TransactionPort transactions) {
        return new ResetCircuitService(circuits, audit, transactions);
    }

    /** The outbox's backlog beside the verdict: a given-up SMS is a party who was not told something. */
    @Singleton
    ComponentHealthPort outboxHealth(OutboxMessages outbox) {
        return new ComponentHealthPort() {
            @Override
            public String component() {
                return "outbox";
            }

            @Override
            public boolean isHealthy() {
                return true; // one unreachable phone must not take the service out of a load balancer
            }

            @Override
            public java.util.Map<String, String> details() {
                return java.util.Map.of(
                        "outbox_pending",
                        Integer.toString(outbox.pending().size()),
                        "sms_given_up",
                        Integer.toString(outbox.failed().size()));
            }
        };
    }

    @Singleton
    CheckHealthService health(List<ComponentHealthPort> components, ClockPort clock) {
        return new CheckHealthService(components, clock);
    }
}
