package com.voicepact.application.escrow.service;

import com.voicepact.application.escrow.EscrowMoves;
import com.voicepact.application.escrow.port.in.PaymentNotFoundException;
import com.voicepact.application.escrow.port.in.RefundEscrowCommand;
import com.voicepact.application.escrow.port.in.RefundEscrowUseCase;
import com.voicepact.application.escrow.port.in.ReleaseEscrowCommand;
import com.voicepact.application.escrow.port.in.ReleaseEscrowUseCase;
import com.voicepact.application.escrow.port.in.ReleaseNotAllowedException;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.NotPermittedException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.IllegalTransitionException;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentTransitionException;
import com.voicepact.domain.payment.PayoutLimits;
import com.voicepact.domain.payment.SettlementPlan;
import com.voicepact.domain.payment.TransactionId;
import com.voicepact.domain.payment.event.Settlement;
import java.util.List;

/**
 * Explicit release and refund. Release trusts only the confirmations recorded on the contract, never
 * a list in the request; a release and a refund racing on one payment serialise on its version.
 */
public final class EscrowReleaseService implements ReleaseEscrowUseCase, RefundEscrowUseCase {

    private final Payments payments;
    private final ClockPort clock;
    private final PayoutLimits payoutLimits;
    private final EscrowMoves moves;
    private final ConflictRetry retry;

    public EscrowReleaseService(
            EscrowMoves moves,
            Payments payments,
            ClockPort clock,
            TransactionPort transactions,
            PayoutLimits payoutLimits) {
        this.moves = moves;
        this.payments = payments;
        this.clock = clock;
        this.payoutLimits = payoutLimits;
        this.retry = new ConflictRetry(transactions);
    }

    @Override
    public EscrowPayment release(ReleaseEscrowCommand command) {
        ContractId contractId = command.contractId();
        TransactionId transactionId = command.transactionId();
        Actor actor = command.actor();
        return retry.inTransaction(() -> {
            EscrowPayment payment = payment(transactionId);
            InvalidValueException.require(
                    payment.contractId().equals(contractId),
                    "payment " + transactionId + " does not belong to contract " + contractId);
            Contract contract = moves.contract(contractId);
            if (!contract.fulfilment().releaseBlockers().isEmpty()) {
                throw new ReleaseNotAllowedException(
                        contractId.value(),
                        contract.fulfilment().releaseBlockers().stream()
                                .map(blocker -> blocker.missing(contract))
                                .toList());
            }
            SettlementPlan.Share share = SettlementPlan.allocate(
                            SettlementPlan.sellerEntitlement(contract, payoutLimits),
                            payments.findByContract(contractId))
                    .stream()
                    .filter(s -> s.payment().id().equals(transactionId))
                    .findFirst()
                    .orElseThrow(() -> new PaymentTransitionException(
                            transactionId, payment.status(), "only locked money can be released"));
            if (!payoutLimits.mayPay(share.toSeller())) { // the provider would refuse it every time
                throw new ReleaseNotAllowedException(
                        contractId.value(),
                        List.of("a seller's share the provider can pay (" + share.toSeller()
                                + " is below the smallest payout of " + payoutLimits.minimum() + ")"
                                + (contract.fulfilment().dispute().isPresent()
                                        ? ": resolve the dispute again with a resolution that pays"
                                        : ": please call support")));
            }
            return moves.startPayouts(
                    share.payment(),
                    p -> p.startSettlement(share.toSeller(), EscrowMoves.SURPLUS, payoutLimits, clock.now()),
                    actor,
                    share.toPayer().isPositive() ? Settlement.SPLIT : Settlement.RELEASE);
        });
    }

    @Override
    public EscrowPayment refund(RefundEscrowCommand command) {
        TransactionId transactionId = command.transactionId();
        String reason = command.reason();
        Actor actor = command.actor();
        if (actor.kind() != Actor.Kind.OPERATOR) {
            throw new NotPermittedException("only an operator can refund");
        }
        InvalidValueException.require(reason != null && !reason.isBlank(), "a refund needs a reason");
        return retry.inTransaction(() -> {
            EscrowPayment payment = payment(transactionId);
            Contract contract = moves.contract(payment.contractId());
            if (contract.status() != ContractStatus.CANCELLED) {
                throw new IllegalTransitionException(
                        contract.id(),
                        contract.status(),
                        "a refund needs a cancelled contract or a dispute resolved for the buyer");
            }
            return moves.startPayouts(
                    payment,
                    p -> p.startSettlement(
                            com.voicepact.domain.common.Money.zero(p.amount().currency()),
                            reason.strip(),
                            payoutLimits,
                            clock.now()),
                    actor,
                    Settlement.REFUND);
        });
    }

    private EscrowPayment payment(TransactionId id) {
        return payments.findById(id).orElseThrow(() -> new PaymentNotFoundException(id.value()));
    }
}
