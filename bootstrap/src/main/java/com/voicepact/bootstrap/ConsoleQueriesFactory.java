package com.voicepact.bootstrap;

import com.voicepact.application.audit.port.out.AuditActionLog;
import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.port.out.DisputedContracts;
import com.voicepact.application.contract.service.ContractTimelineService;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.service.OpenDisputesService;
import com.voicepact.application.escrow.service.PaymentAttentionService;
import com.voicepact.application.operations.port.out.OutboxBacklogPort;
import com.voicepact.application.operations.service.OutboxBacklogService;
import com.voicepact.application.phone.port.out.ContractSmsLog;
import com.voicepact.application.shared.port.out.ClockPort;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The read models behind the operator console: timeline, open disputes, payments needing attention, outbox backlog. */
@Factory
class ConsoleQueriesFactory {

    @Singleton
    ContractTimelineService contractTimelines(
            Contracts contracts, Payments payments, AuditLog audit, ContractSmsLog sms) {
        return new ContractTimelineService(contracts, payments, audit, sms);
    }

    @Singleton
    OpenDisputesService openDisputes(DisputedContracts disputed, Contracts contracts, Payments payments) {
        return new OpenDisputesService(disputed, contracts, payments);
    }

    @Singleton
    PaymentAttentionService paymentAttention(
            Payments payments, ProviderEvents events, AuditActionLog audit, PaymentSettings settings, ClockPort clock) {
        return new PaymentAttentionService(payments, events, audit, settings, clock);
    }

    @Singleton
    OutboxBacklogService outboxBacklog(OutboxBacklogPort outbox) {
        return new OutboxBacklogService(outbox);
    }
}
