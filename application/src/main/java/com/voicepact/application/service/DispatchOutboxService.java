package com.voicepact.application.service;

import com.voicepact.application.port.out.Payments;
import com.voicepact.application.port.out.OutboxMessages;
import com.voicepact.application.port.out.ClockPort;
import com.voicepact.application.port.out.TransactionPort;
import com.voicepact.application.port.out.PayoutRequest;
import com.voicepact.application.port.out.RefundRequest;
import com.voicepact.application.port.in.DispatchOutboxUseCase;
import com.voicepact.application.port.in.SettleMovementCommand;
import com.voicepact.application.port.in.SettleMovementCommand.Source;
import com.voicepact.application.port.in.SettleMovementUseCase;
import com.voicepact.application.port.out.GatewayException;
import com.voicepact.application.port.out.OutboxMessage;
import com.voicepact.application.port.out.PaymentGatewayPort;
import com.voicepact.application.port.out.GatewayAnswer;
import com.voicepact.application.port.out.Lookup;
import com.voicepact.application.port.out.SmsGatewayPort;
import com.voicepact.application.port.out.SmsLogEntry;
import com.voicepact.application.port.shared.FailureReason;
import com.voicepact.application.port.shared.MoneyMovement;
import com.voicepact.application.port.shared.MovementOutcome;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutKind;
import com.voicepact.domain.payment.PayoutState;
import com.voicepact.domain.payment.TransactionId;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends what the outbox holds, after the commit that queued it. A payout is marked SENDING (and
 * committed) before the gateway is called; one found SENDING later (a crash, or a timeout) is
 * resolved by asking the provider, so a payout is never handed over twice.
 */
public final class DispatchOutboxService implements DispatchOutboxUseCase {

    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /** About five hours of backoff: a notification later than that misleads more than it helps. Payouts never give up. */
    static final int MAX_SMS_ATTEMPTS = 12;
    private static final Actor DISPATCHER = Actor.system("outbox-dispatcher");
    private final Payments payments;
    private final OutboxMessages outbox;
    private final ClockPort clock;
    private final AuditTrail audit;
    private final ConflictRetry retry;
    private final SmsGatewayPort sms;
    private final PaymentGatewayPort gateway;
    private final SettleMovementUseCase settlements;
    private final com.voicepact.application.port.out.SmsLog smsLog;

    public DispatchOutboxService(Payments payments, OutboxMessages outbox, ClockPort clock, TransactionPort transactions, AuditTrail audit, SmsGatewayPort sms, PaymentGatewayPort gateway,
                                 SettleMovementUseCase settlements, com.voicepact.application.port.out.SmsLog smsLog) {
        this.payments = payments;
        this.outbox = outbox;
        this.clock = clock;
        this.audit = audit;
        this.retry = new ConflictRetry(transactions);
        this.sms = sms;
        this.gateway = gateway;
        this.settlements = settlements;
        this.smsLog = smsLog;
    }

    private enum Step { DONE, LATER }

    /** What a lookup of a payout left in SENDING found: the provider has it, never got it, or will answer by callback. */
    private enum Found { KNOWN, NEVER_ARRIVED, ASKED }

    @Override
    public int dispatchDue() {
        int done = 0;
        for (OutboxMessage message : outbox.claimDue(clock.now(), LEASE, 20)) {
            Step step;
            String error = null;
            try {
                step = message.kind() == OutboxMessage.Kind.SMS ? sendSms(message) : payout(message);
            } catch (RuntimeException e) {
                step = Step.LATER;
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            if (step == Step.DONE) {
                outbox.markDone(message.key());
                done++;
            } else if (message.kind() == OutboxMessage.Kind.SMS && message.attempts() + 1 >= MAX_SMS_ATTEMPTS) {
                giveUp(message, error);
            } else {
                outbox.reschedule(message.key(), clock.now().plus(backoff(message.attempts())),
                        error == null ? "will retry" : error);
            }
        }
        return done;
    }

    private void giveUp(OutboxMessage message, String error) {
        String reason = "given up after " + MAX_SMS_ATTEMPTS + " attempts: " + (error == null ? "not sent" : error);
        String contract = message.payload().getOrDefault("contract_id", "");
        retry.inTransaction(() -> {
            outbox.giveUp(message.key(), reason);
            audit.change(DISPATCHER, "SMS_GIVEN_UP", contract.isEmpty() ? message.key() : contract, "PENDING", "FAILED",
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
        String type = message.payload().getOrDefault("type", "notification");
        results.forEach(r -> SmsLogEntry.sent(r, text, type, contract.isEmpty() ? null : contract, clock.now())
                .ifPresent(smsLog::record));
        if (results.isEmpty() || results.get(0).status() == com.voicepact.application.port.shared.RecipientStatus.REJECTED) {
            throw new GatewayException("SMS to " + to.masked() + " rejected: "
                    + (results.isEmpty() ? "no result" : results.get(0).reason()), false, null);
        }
        return Step.DONE;
    }

    private Step payout(OutboxMessage message) {
        TransactionId id = TransactionId.parse(message.payload().get("transaction_id"));
        String payoutId = message.payload().get("payout_id");
        Payout payout = load(id).payout(payoutId).orElseThrow();
        if (payout.state() == PayoutState.SENDING) {
            Found found = resolveByQuery(id, payout);
            if (found != Found.NEVER_ARRIVED) {
                return found == Found.KNOWN ? Step.DONE : Step.LATER; // asked: never sent again while the answer is on its way
            }
        }
        Optional<Payout> handedOver = markSending(id, payoutId);
        if (handedOver.isEmpty()) {
            return Step.DONE; // sent, confirmed or failed already
        }
        return send(id, handedOver.get());
    }

    /** Asks the provider for a payout it may have received; only one it provably never received may be sent again. */
    private Found resolveByQuery(TransactionId id, Payout payout) {
        MoneyMovement movement = MoneyMovement.of(payout.kind());
        Lookup lookup = gateway.findByOurReference(movement, payout.id());
        if (lookup instanceof Lookup.Asked) {
            return Found.ASKED; // its answer arrives as a callback and settles the payout
        }
        if (lookup instanceof Lookup.Found found) {
            var known = found.movement();
            recordAccepted(id, payout.id(), known.providerReference());
            if (known.outcome() instanceof MovementOutcome.Succeeded || known.outcome() instanceof MovementOutcome.Failed) {
                settlements.settle(new SettleMovementCommand(movement, known.providerReference(), null,
                        new SettleMovementCommand.Report.Typed(known.outcome()),
                        SettleMovementCommand.Written.of(payout.amount(), null), Source.QUERY, "settled by payout query"));
            }
            return Found.KNOWN;
        }
        retry.inTransaction(() -> {
            EscrowPayment payment = load(id);
            payment.payoutNeverArrived(payout.id());
            payments.save(payment);
            audit.change(DISPATCHER, "PAYOUT_NOT_RECEIVED", id.value(), payment.status().name(), payment.status().name(),
                    "payout " + payout.id() + " unknown to the provider: it may be sent again");
            return null;
        });
        return Found.NEVER_ARRIVED;
    }

    private Optional<Payout> markSending(TransactionId id, String payoutId) {
        return retry.inTransaction(() -> {
            EscrowPayment payment = load(id);
            Payout payout = payment.payout(payoutId).orElseThrow();
            if (payout.state() != PayoutState.REQUESTED) {
                return Optional.<Payout>empty();
            }
            payment.payoutSending(payoutId);
            EscrowPayment saved = payments.save(payment);
            audit.change(DISPATCHER, "PAYOUT_SENDING", id.value(), saved.status().name(), saved.status().name(),
                    "payout " + payoutId + " attempt " + saved.payout(payoutId).orElseThrow().attempts());
            return saved.payout(payoutId);
        });
    }

    private Step send(TransactionId id, Payout payout) {
        GatewayAnswer answer;
        try {
            answer = hand(id, payout);
        } catch (GatewayException e) {
            if (!e.ambiguous()) {
                retry.inTransaction(() -> {
                    EscrowPayment payment = load(id);
                    payment.payoutNeverArrived(payout.id());
                    return payments.save(payment);
                });
            }
            return Step.LATER; // an ambiguous one stays SENDING and is resolved by a query next time
        }
        if (answer instanceof GatewayAnswer.Accepted accepted) {
            recordAccepted(id, payout.id(), accepted.providerReference());
        } else if (answer instanceof GatewayAnswer.Refused refused && refused.reason() == FailureReason.DUPLICATE) {
            // The provider already has a request under this payout id, so it may have paid it: failing the payout would
            // put the money back to be paid again. It stays in flight and is settled by asking the provider.
            return Step.LATER;
        } else if (answer instanceof GatewayAnswer.Refused refused) {
            settlements.settle(SettleMovementCommand.of(MoneyMovement.of(payout.kind()), payout.id(), null, new MovementOutcome.Failed(refused.reason(),
                    "payout refused: " + refused.description()), null, Source.GATEWAY_ANSWER, "gateway answer"));
        }
        return Step.DONE;
    }

    private GatewayAnswer hand(TransactionId id, Payout payout) {
        if (payout.kind() == PayoutKind.REFUND) {
            EscrowPayment payment = load(id);
            return gateway.refund(new RefundRequest(payout.id(), payment.providerTransactionId().orElse(null),
                    payout.recipient(), payout.amount(), payment.collectionReceipt().orElse(null)));
        }
        return gateway.payOut(new PayoutRequest(payout.id(), payout.recipient(), payout.amount()));
    }

    private void recordAccepted(TransactionId id, String payoutId, String providerId) {
        retry.inTransaction(() -> {
            EscrowPayment payment = load(id);
            Payout payout = payment.payout(payoutId).orElseThrow();
            if (!payout.isOpen() || payout.state() == PayoutState.SENT) {
                if (payout.providerId() == null) { // its notification settled it before the provider's answer came back
                    payment.payoutIdentified(payoutId, providerId);
                    payments.save(payment);
                }
                return null;
            }
            payment.payoutAccepted(payoutId, providerId);
            payments.save(payment);
            audit.change(DISPATCHER, "PAYOUT_ACCEPTED", id.value(), payment.status().name(), payment.status().name(),
                    "payout " + payoutId + " provider_transaction_id=" + providerId);
            return null;
        });
    }

    private EscrowPayment load(TransactionId id) {
        return payments.findById(id).orElseThrow();
    }
}
