package com.voicepact.application.service;

import com.voicepact.application.port.in.DispatchOutboxUseCase;
import com.voicepact.application.port.in.HandlePaymentNotificationUseCase;
import com.voicepact.application.port.in.PaymentNotification;
import com.voicepact.application.port.out.GatewayException;
import com.voicepact.application.port.out.OutboxMessage;
import com.voicepact.application.port.out.PaymentGatewayPort;
import com.voicepact.application.port.out.PaymentGatewayPort.GatewayAnswer;
import com.voicepact.application.port.out.PaymentGatewayPort.ProviderTransaction;
import com.voicepact.application.port.out.SmsGatewayPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutState;
import com.voicepact.domain.payment.TransactionId;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends what the outbox holds, after the commit that queued it. A payout is marked SENDING (and
 * committed) before the gateway is called; one found SENDING later (a crash, or a timeout) is
 * resolved by asking the provider, so a payout is never handed over twice.
 */
public final class OutboxDispatchService implements DispatchOutboxUseCase {

    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /** About five hours of backoff: a notification later than that misleads more than it helps. Payouts never give up. */
    static final int MAX_SMS_ATTEMPTS = 12;
    private static final Actor DISPATCHER = Actor.system("outbox-dispatcher");
    private final EscrowPorts ports;
    private final ConflictRetry retry;
    private final SmsGatewayPort sms;
    private final PaymentGatewayPort gateway;
    private final HandlePaymentNotificationUseCase notifications;
    private final com.voicepact.application.port.out.SmsLog smsLog;

    public OutboxDispatchService(EscrowPorts ports, SmsGatewayPort sms, PaymentGatewayPort gateway,
                                 HandlePaymentNotificationUseCase notifications, com.voicepact.application.port.out.SmsLog smsLog) {
        this.ports = ports;
        this.retry = new ConflictRetry(ports.transactions());
        this.sms = sms;
        this.gateway = gateway;
        this.notifications = notifications;
        this.smsLog = smsLog;
    }

    private enum Step { DONE, LATER }

    @Override
    public int dispatchDue() {
        int done = 0;
        for (OutboxMessage message : ports.outbox().claimDue(ports.clock().now(), LEASE, 20)) {
            Step step;
            String error = null;
            try {
                step = message.kind() == OutboxMessage.Kind.SMS ? sendSms(message) : payout(message);
            } catch (RuntimeException e) {
                step = Step.LATER;
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            if (step == Step.DONE) {
                ports.outbox().markDone(message.key());
                done++;
            } else if (message.kind() == OutboxMessage.Kind.SMS && message.attempts() + 1 >= MAX_SMS_ATTEMPTS) {
                giveUp(message, error);
            } else {
                ports.outbox().reschedule(message.key(), ports.clock().now().plus(backoff(message.attempts())),
                        error == null ? "will retry" : error);
            }
        }
        return done;
    }

    private void giveUp(OutboxMessage message, String error) {
        String reason = "given up after " + MAX_SMS_ATTEMPTS + " attempts: " + (error == null ? "not sent" : error);
        String contract = message.payload().getOrDefault("contract_id", "");
        retry.inTransaction(() -> {
            ports.outbox().giveUp(message.key(), reason);
            ports.audit().change(DISPATCHER, "SMS_GIVEN_UP", contract.isEmpty() ? message.key() : contract, "PENDING", "FAILED",
                    message.key() + ": " + reason);
            return null;
        });
    }

    static Duration backoff(int attempts) {
        Duration delay = Duration.ofSeconds(15L << Math.min(attempts, 10));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    private Step sendSms(OutboxMessage message) {
        PhoneNumber to = new PhoneNumber(message.payload().get("to"));
        String text = message.payload().get("text");
        var results = sms.sendMany(new SmsGatewayPort.SmsRequest(java.util.List.of(to), text, null, false));
        String contract = message.payload().getOrDefault("contract_id", "");
        results.forEach(r -> DirectSmsService.logResult(smsLog, ports.clock(), r, text, message.payload().getOrDefault("type",
                "notification"), contract.isEmpty() ? null : contract));
        if (results.isEmpty() || results.get(0).status() == SmsGatewayPort.RecipientStatus.REJECTED) {
            throw new GatewayException("SMS to " + to.masked() + " rejected: "
                    + (results.isEmpty() ? "no result" : results.get(0).reason()), false, null);
        }
        return Step.DONE;
    }

    private Step payout(OutboxMessage message) {
        TransactionId id = TransactionId.parse(message.payload().get("transaction_id"));
        String payoutId = message.payload().get("payout_id");
        Payout payout = load(id).payout(payoutId).orElseThrow();
        if (payout.state() == PayoutState.SENDING && resolvedByQuery(id, payout)) {
            return Step.DONE;
        }
        Optional<Payout> handedOver = markSending(id, payoutId);
        if (handedOver.isEmpty()) {
            return Step.DONE; // sent, confirmed or failed already
        }
        return send(id, handedOver.get());
    }

    /** True when the provider knows the payout; otherwise it provably never arrived and may be sent again. */
    private boolean resolvedByQuery(TransactionId id, Payout payout) {
        Optional<ProviderTransaction> known = gateway.findPayout(payout.id());
        if (known.isPresent()) {
            recordAccepted(id, payout.id(), known.get().providerTransactionId());
            if (!"Pending".equalsIgnoreCase(known.get().status())) {
                notifications.handle(new PaymentNotification(known.get().providerTransactionId(), "MobileB2C", known.get().status(),
                        payout.amount().currency(), payout.amount().amount(), null, "settled by payout query", null, "query"));
            }
            return true;
        }
        retry.inTransaction(() -> {
            EscrowPayment payment = load(id);
            payment.payoutNeverArrived(payout.id());
            ports.payments().save(payment);
            ports.audit().change(DISPATCHER, "PAYOUT_NOT_RECEIVED", id.value(), payment.status().name(), payment.status().name(),
                    "payout " + payout.id() + " unknown to the provider: it may be sent again");
            return null;
        });
        return false;
    }

    private Optional<Payout> markSending(TransactionId id, String payoutId) {
        return retry.inTransaction(() -> {
            EscrowPayment payment = load(id);
            Payout payout = payment.payout(payoutId).orElseThrow();
            if (payout.state() != PayoutState.REQUESTED) {
                return Optional.<Payout>empty();
            }
            payment.payoutSending(payoutId);
            EscrowPayment saved = ports.payments().save(payment);
            ports.audit().change(DISPATCHER, "PAYOUT_SENDING", id.value(), saved.status().name(), saved.status().name(),
                    "payout " + payoutId + " attempt " + saved.payout(payoutId).orElseThrow().attempts());
            return saved.payout(payoutId);
        });
    }

    private Step send(TransactionId id, Payout payout) {
        GatewayAnswer answer;
        try {
            answer = gateway.payout(new PaymentGatewayPort.PayoutRequest(payout.id(), payout.recipient(), payout.amount(),
                    "BusinessPayment"));
        } catch (GatewayException e) {
            if (!e.ambiguous()) {
                retry.inTransaction(() -> {
                    EscrowPayment payment = load(id);
                    payment.payoutNeverArrived(payout.id());
                    return ports.payments().save(payment);
                });
            }
            return Step.LATER; // an ambiguous one stays SENDING and is resolved by a query next time
        }
        if (answer.accepted()) {
            recordAccepted(id, payout.id(), answer.providerTransactionId());
        } else {
            notifications.handle(new PaymentNotification(payout.id(), "MobileB2C", "Failed", payout.amount().currency(), null, null,
                    "payout refused: " + answer.description(), null, "gateway answer"));
        }
        return Step.DONE;
    }

    private void recordAccepted(TransactionId id, String payoutId, String providerId) {
        retry.inTransaction(() -> {
            EscrowPayment payment = load(id);
            Payout payout = payment.payout(payoutId).orElseThrow();
            if (!payout.isOpen() || payout.state() == PayoutState.SENT) {
                if (payout.providerId() == null) { // its notification settled it before the provider's answer came back
                    payment.payoutIdentified(payoutId, providerId);
                    ports.payments().save(payment);
                }
                return null;
            }
            payment.payoutAccepted(payoutId, providerId);
            ports.payments().save(payment);
            ports.audit().change(DISPATCHER, "PAYOUT_ACCEPTED", id.value(), payment.status().name(), payment.status().name(),
                    "payout " + payoutId + " provider_transaction_id=" + providerId);
            return null;
        });
    }

    private EscrowPayment load(TransactionId id) {
        return ports.payments().findById(id).orElseThrow();
    }
}
