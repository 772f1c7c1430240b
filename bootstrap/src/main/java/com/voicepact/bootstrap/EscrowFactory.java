package com.voicepact.bootstrap;

import com.voicepact.adapter.in.web.callback.CallbackSettings;
import com.voicepact.adapter.out.africastalking.AtPaymentCallbacks;
import com.voicepact.application.port.out.ClockPort;
import com.voicepact.application.port.out.Contracts;
import com.voicepact.application.port.out.IdempotencyKeys;
import com.voicepact.application.port.out.LedgerPostings;
import com.voicepact.application.port.out.OutboxMessages;
import com.voicepact.application.port.out.PaymentCallbacksPort;
import com.voicepact.application.port.out.PaymentGatewayPort;
import com.voicepact.application.port.out.Payments;
import com.voicepact.application.port.out.ProviderEvents;
import com.voicepact.application.port.out.TransactionPort;
import com.voicepact.application.service.AuditTrail;
import com.voicepact.application.service.CallbackConfirmationPolicy;
import com.voicepact.application.service.DeliveryService;
import com.voicepact.application.service.DisputeService;
import com.voicepact.application.service.EscrowCheckoutService;
import com.voicepact.application.service.EscrowPorts;
import com.voicepact.application.service.EscrowReleaseService;
import com.voicepact.application.service.PaymentQueryService;
import com.voicepact.application.service.PaymentSettings;
import com.voicepact.application.service.ReceivePaymentCallbackService;
import com.voicepact.application.service.SandboxCheckoutService;
import com.voicepact.application.service.SettleMovementService;
import com.voicepact.domain.payment.PaymentReference;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The escrow use cases, with their branch of {@link VoicePactSettings}, and the callback authentication; the escrow's
 * background work is wired by {@link EscrowJobsFactory}.
 */
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
    EscrowPorts escrowPorts(
            Contracts contracts,
            Payments payments,
            LedgerPostings ledger,
            OutboxMessages outbox,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            com.voicepact.application.service.Messenger messenger,
            PaymentGatewayPort gateway) {
        return new EscrowPorts(
                contracts, payments, ledger, outbox, clock, transactions, audit, messenger, gateway.payoutLimits());
    }

    @Singleton
    EscrowCheckoutService checkout(
            EscrowPorts ports,
            PaymentGatewayPort gateway,
            IdempotencyKeys keys,
            PaymentReference references,
            PaymentSettings settings) {
        return new EscrowCheckoutService(ports, gateway, keys, references, settings);
    }

    @Singleton
    SettleMovementService settlements(EscrowPorts ports, ProviderEvents events) {
        return new SettleMovementService(ports, events);
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
            EscrowPorts ports,
            ProviderEvents events) {
        return new ReceivePaymentCallbackService(
                translators, new CallbackConfirmationPolicy(gateway), settlements, ports, events);
    }

    @Singleton
    DeliveryService delivery(EscrowPorts ports) {
        return new DeliveryService(ports);
    }

    @Singleton
    DisputeService disputes(EscrowPorts ports) {
        return new DisputeService(ports);
    }

    @Singleton
    EscrowReleaseService release(EscrowPorts ports) {
        return new EscrowReleaseService(ports);
    }

    @Singleton
    PaymentQueryService paymentQueries(Payments payments, PaymentGatewayPort gateway) {
        return new PaymentQueryService(payments, gateway);
    }

    @Singleton
    com.voicepact.application.service.FlaggedEventsService flaggedEvents(ProviderEvents events) {
        return new com.voicepact.application.service.FlaggedEventsService(events);
    }

    @Singleton
    SandboxCheckoutService sandboxCheckout(PaymentGatewayPort gateway, VoicePactSettings settings) {
        return new SandboxCheckoutService(gateway, settings.paymentsInASandbox());
    }
}
