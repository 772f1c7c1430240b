package com.voicepact.application.escrow;

import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Source;
import com.voicepact.application.escrow.port.in.SettleMovementUseCase;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.escrow.port.out.RefundRequest;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.operations.DispatchStep;
import com.voicepact.application.operations.port.out.PayoutMessage;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutKind;
import com.voicepact.domain.payment.PayoutState;
import com.voicepact.domain.payment.TransactionId;
import java.util.Optional;

/**
 * The payout half of the outbox dispatcher. A payout is marked SENDING (and committed) before the
 * gateway is called; one found SENDING later (a crash, or a timeout) is resolved by asking the
 * provider, so a payout is never handed over twice.
 */
public final class PayoutHandover {

    private final Payments payments;
    private final ConflictRetry retry;
    private final PaymentGatewayPort gateway;
    private final SettleMovementUseCase settlements;
    private final HandoverSteps steps;

    public PayoutHandover(
            Payments payments,
            ClockPort clock,
            ConflictRetry retry,
            SideEffects effects,
            PaymentGatewayPort gateway,
            SettleMovementUseCase settlements) {
        this.payments = payments;
        this.retry = retry;
        this.gateway = gateway;
        this.settlements = settlements;
        this.steps = new HandoverSteps(payments, clock, retry, effects);
    }

    /** What a lookup of a payout left in SENDING found: the provider has it, never got it, or will answer by callback. */
    private enum Found {
        KNOWN,
        NEVER_ARRIVED,
        ASKED
    }

    /** Hands the payout over once, or resolves one left in SENDING by asking the provider first. */
    public DispatchStep handOver(PayoutMessage message) {
        TransactionId id = message.transactionId();
        String payoutId = message.payoutId();
        Payout payout = load(id).escrow().payout(payoutId).orElseThrow();
        if (payout.state() == PayoutState.SENDING) {
            Found found = resolveByQuery(id, payout);
            if (found != Found.NEVER_ARRIVED) {
                return found == Found.KNOWN
                        ? DispatchStep.DONE
                        : DispatchStep.LATER; // asked: never sent again while the answer is on its way
            }
        }
        Optional<Payout> handedOver = steps.sending(id, payoutId);
        if (handedOver.isEmpty()) {
            return DispatchStep.DONE; // sent, confirmed or failed already
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
            steps.accepted(id, payout.id(), known.providerReference());
            if (known.outcome() instanceof MovementOutcome.Succeeded
                    || known.outcome() instanceof MovementOutcome.Failed) {
                settlements.settle(new SettleMovementCommand(
                        movement,
                        known.providerReference(),
                        null,
                        new SettleMovementCommand.Report.Typed(known.outcome()),
                        SettleMovementCommand.Written.of(payout.amount(), null),
                        Source.QUERY,
                        "settled by payout query"));
            }
            return Found.KNOWN;
        }
        steps.neverArrived(id, payout.id());
        return Found.NEVER_ARRIVED;
    }

    private DispatchStep send(TransactionId id, Payout payout) {
        GatewayAnswer answer;
        try {
            answer = hand(id, payout);
        } catch (GatewayException e) {
            if (!e.ambiguous()) {
                retry.inTransaction(() -> {
                    EscrowPayment payment = load(id);
                    payment.escrow().payoutNeverArrived(payout.id());
                    return payments.save(payment);
                });
            }
            return DispatchStep.LATER; // an ambiguous one stays SENDING and is resolved by a query next time
        }
        if (answer instanceof GatewayAnswer.Accepted accepted) {
            steps.accepted(id, payout.id(), accepted.providerReference());
        } else if (answer instanceof GatewayAnswer.Refused refused && refused.reason() == FailureReason.DUPLICATE) {
            // The provider already has a request under this payout id, so it may have paid it: failing the payout would
            // put the money back to be paid again. It stays in flight and is settled by asking the provider.
            return DispatchStep.LATER;
        } else if (answer instanceof GatewayAnswer.Refused refused) {
            settlements.settle(SettleMovementCommand.of(
                    MoneyMovement.of(payout.kind()),
                    payout.id(),
                    null,
                    new MovementOutcome.Failed(refused.reason(), "payout refused: " + refused.description()),
                    null,
                    Source.GATEWAY_ANSWER,
                    "gateway answer"));
        }
        return DispatchStep.DONE;
    }

    private GatewayAnswer hand(TransactionId id, Payout payout) {
        if (payout.kind() == PayoutKind.REFUND) {
            EscrowPayment payment = load(id);
            return gateway.refund(new RefundRequest(
                    payout.id(),
                    payment.lifecycle().providerTransactionId().orElse(null),
                    payout.recipient(),
                    payout.amount(),
                    payment.lifecycle().collectionReceipt().orElse(null)));
        }
        return gateway.payOut(new PayoutRequest(payout.id(), payout.recipient(), payout.amount()));
    }

    private EscrowPayment load(TransactionId id) {
        return payments.findById(id).orElseThrow();
    }
}
