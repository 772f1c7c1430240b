package com.voicepact.bootstrap;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.EscrowMoves;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.service.EscalateOverdueEscrowsService;
import com.voicepact.application.escrow.service.EscrowCheckoutService;
import com.voicepact.application.escrow.service.ReconcilePaymentsService;
import com.voicepact.application.escrow.service.RetryFailedCheckoutsService;
import com.voicepact.application.escrow.service.SettleMovementService;
import com.voicepact.application.escrow.service.SettleStaleCheckoutsService;
import com.voicepact.application.escrow.service.SettleStalePayoutsService;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.operations.service.DispatchOutboxService;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.port.out.SmsGatewayPort;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The escrow's background work, next to the use cases of {@link EscrowFactory}: stale payouts and checkouts
 * settled by asking the provider, overdue escrows escalated, failed checkouts retried, the outbox dispatcher
 * (SMS and payouts), and reconciliation with the provider.
 */
@Factory
class EscrowJobsFactory {

    @Singleton
    SettleStalePayoutsService stalePayouts(
            Payments payments,
            ClockPort clock,
            PaymentGatewayPort gateway,
            SettleMovementService notifications,
            PaymentSettings settings) {
        return new SettleStalePayoutsService(payments, clock, gateway, notifications, settings);
    }

    @Singleton
    SettleStaleCheckoutsService staleCheckouts(
            EscrowMoves moves,
            Payments payments,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            PaymentGatewayPort gateway,
            SettleMovementService notifications,
            PaymentSettings settings) {
        return new SettleStaleCheckoutsService(
                moves, payments, clock, transactions, audit, gateway, notifications, settings);
    }

    @Singleton
    EscalateOverdueEscrowsService overdueEscrows(
            EscrowMoves moves,
            Contracts contracts,
            Payments payments,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            PaymentSettings settings) {
        return new EscalateOverdueEscrowsService(moves, contracts, payments, clock, transactions, audit, settings);
    }

    @Singleton
    RetryFailedCheckoutsService checkoutRetries(
            EscrowMoves moves,
            Payments payments,
            ClockPort clock,
            EscrowCheckoutService checkout,
            PaymentSettings settings) {
        return new RetryFailedCheckoutsService(moves, payments, clock, checkout, settings);
    }

    @Singleton
    DispatchOutboxService dispatcher(
            Payments payments,
            OutboxMessages outbox,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            LedgerPostings ledger,
            Messenger messenger,
            SmsGatewayPort sms,
            PaymentGatewayPort gateway,
            SettleMovementService notifications,
            com.voicepact.application.phone.port.out.SmsLog smsLog,
            com.voicepact.application.shared.port.out.RequestContextPort requests) {
        return new DispatchOutboxService(
                payments,
                outbox,
                clock,
                transactions,
                audit,
                ledger,
                messenger,
                sms,
                gateway,
                notifications,
                smsLog,
                requests);
    }

    @Singleton
    com.voicepact.application.escrow.service.ListFlaggedEventsService flaggedEvents(ProviderEvents events) {
        return new com.voicepact.application.escrow.service.ListFlaggedEventsService(events);
    }

    @Singleton
    ReconcilePaymentsService reconciliation(
            Payments payments,
            LedgerPostings ledger,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            PaymentGatewayPort gateway,
            PaymentSettings settings) {
        return new ReconcilePaymentsService(payments, ledger, clock, transactions, audit, gateway, settings);
    }
}
