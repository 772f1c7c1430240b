package com.voicepact.bootstrap;

import com.voicepact.adapter.in.web.callback.CallbackSettings;
import com.voicepact.adapter.out.africastalking.AtPaymentCallbacks;
import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.CallbackConfirmationPolicy;
import com.voicepact.application.escrow.EscrowMoves;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.port.out.IdempotencyKeys;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.PaymentCallbacksPort;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.service.DeliveryService;
import com.voicepact.application.escrow.service.DisputeService;
import com.voicepact.application.escrow.service.EscrowCheckoutService;
import com.voicepact.application.escrow.service.EscrowReleaseService;
import com.voicepact.application.escrow.service.PaymentQueryService;
import com.voicepact.application.escrow.service.ReceivePaymentCallbackService;
import com.voicepact.application.escrow.service.SettleMovementService;
import com.voicepact.application.escrow.service.TrySandboxCheckoutService;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.payment.PaymentReference;
import com.voicepact.domain.payment.PayoutLimits;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The escrow use cases, with their branch of {@link VoicePactSettings}, and the callback authentication. */
@Factory
class EscrowFactory {

    static final String REFERENCE_KEY_FILE = "payment-reference-key";
    private static final Logger LOG = LoggerFactory.getLogger(EscrowFactory.class);

    /** The per-checkout limits default to what the provider states ({@link CheckoutLimits}). */
    @Singleton
    PaymentSettings paymentSettings(VoicePactSettings settings, PaymentGatewayPort gateway) {
        EscrowSettings escrow = settings.escrow();
        return escrow.paymentSettings(CheckoutLimits.of(
                escrow.limits(), gateway.collectionLimits(), escrow.provider().displayName()));
    }

    @Singleton
    CallbackSettings callbackSettings(VoicePactSettings settings) {
        CallbackSettings callbacks = settings.callbacks();
        if (!settings.isEmbedded() && callbacks.token() == null && callbacks.signingSecret() == null) {
            LOG.warn(
                    "neither VOICEPACT_CALLBACK_TOKEN nor WEBHOOK_SECRET is set: callbacks are protected by ALLOWED_IPS only");
        }
        return callbacks;
    }

    @Singleton
    Clock wallClock() {
        return Clock.systemUTC();
    }

    @Singleton
    PaymentReference paymentReference(VoicePactSettings settings) {
        String key = settings.security().referenceKey();
        if (key == null) {
            LocalSecrets secrets = new LocalSecrets(settings.storage().dataDir());
            key = secrets.existing(REFERENCE_KEY_FILE).orElseGet(() -> secrets.create(REFERENCE_KEY_FILE));
        }
        return new PaymentReference(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The payout limits are the payment provider's: a release larger than one of its payouts is split (M-Pesa: KES 250,000). */
    @Singleton
    PayoutLimits payoutLimits(PaymentGatewayPort gateway) {
        return gateway.payoutLimits();
    }

    /** The escrow's money moves, shared by the escrow services (a helper, not a service: no use case of its own). */
    @Singleton
    EscrowMoves escrowMoves(
            Contracts contracts,
            Payments payments,
            LedgerPostings ledger,
            OutboxMessages outbox,
            ClockPort clock,
            AuditTrail audit,
            com.voicepact.application.phone.Messenger messenger,
            PayoutLimits payoutLimits) {
        return new EscrowMoves(contracts, payments, ledger, outbox, clock, audit, messenger, payoutLimits);
    }

    @Singleton
    EscrowCheckoutService checkout(
            EscrowMoves moves,
            Payments payments,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            PaymentGatewayPort gateway,
            IdempotencyKeys keys,
            PaymentReference references,
            PaymentSettings settings) {
        return new EscrowCheckoutService(
                moves, payments, clock, transactions, audit, gateway, keys, references, settings);
    }

    @Singleton
    SettleMovementService settlements(
            EscrowMoves moves,
            Payments payments,
            LedgerPostings ledger,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            PayoutLimits payoutLimits,
            ProviderEvents events) {
        return new SettleMovementService(moves, payments, ledger, clock, transactions, audit, payoutLimits, events);
    }

    /** AT's payment notifications at {@code /api/v1/payments/webhook}, read by AT's adapter (stateless, needs no configuration). */
    @Singleton
    PaymentCallbacksPort atPaymentCallbacks() {
        return new AtPaymentCallbacks();
    }

    /**
     * Every payment provider's callbacks through one path: each translator bean (AT's, and Daraja's when its gateway is
     * wired) reads its own routes; a report that money moved is confirmed with the configured gateway first.
     */
    @Singleton
    ReceivePaymentCallbackService paymentCallbacks(
            List<PaymentCallbacksPort> translators,
            PaymentGatewayPort gateway,
            SettleMovementService settlements,
            Payments payments,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            ProviderEvents events) {
        return new ReceivePaymentCallbackService(
                translators,
                new CallbackConfirmationPolicy(gateway),
                settlements,
                payments,
                clock,
                transactions,
                audit,
                events);
    }

    @Singleton
    DeliveryService delivery(
            EscrowMoves moves, Contracts contracts, ClockPort clock, TransactionPort transactions, AuditTrail audit) {
        return new DeliveryService(moves, contracts, clock, transactions, audit);
    }

    @Singleton
    DisputeService disputes(
            EscrowMoves moves,
            Contracts contracts,
            Payments payments,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            PayoutLimits payoutLimits) {
        return new DisputeService(moves, contracts, payments, clock, transactions, audit, payoutLimits);
    }

    @Singleton
    EscrowReleaseService release(
            EscrowMoves moves,
            Payments payments,
            ClockPort clock,
            TransactionPort transactions,
            PayoutLimits payoutLimits) {
        return new EscrowReleaseService(moves, payments, clock, transactions, payoutLimits);
    }

    @Singleton
    PaymentQueryService paymentQueries(Payments payments, PaymentGatewayPort gateway) {
        return new PaymentQueryService(payments, gateway);
    }

    @Singleton
    TrySandboxCheckoutService sandboxCheckout(PaymentGatewayPort gateway, VoicePactSettings settings) {
        return new TrySandboxCheckoutService(gateway, settings.paymentsInASandbox());
    }
}
