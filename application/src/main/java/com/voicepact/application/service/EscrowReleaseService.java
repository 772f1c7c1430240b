package com.voicepact.application.service;

import com.voicepact.application.port.in.PaymentNotFoundException;
import com.voicepact.application.port.in.RefundEscrowUseCase;
import com.voicepact.application.port.in.ReleaseEscrowUseCase;
import com.voicepact.application.port.in.ReleaseNotAllowedException;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.NotPermittedException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.IllegalTransitionException;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentTransitionException;
import com.voicepact.domain.payment.SettlementPlan;
import com.voicepact.domain.payment.TransactionId;
import com.voicepact.domain.payment.event.Settlement;
import java.util.List;

/**
 * Explicit release and refund. Release trusts only the confirmations recorded on the contract, never
 * a list in the request; a release and a refund racing on one payment serialise on its version.
 */
public final class EscrowReleaseService implements ReleaseEscrowUseCase, RefundEscrowUseCase {

    private final EscrowPorts ports;
    private final EscrowMoves moves;
    private final ConflictRetry retry;

    public EscrowReleaseService(EscrowPorts ports) {
        this.ports = ports;
        this.moves = new EscrowMoves(ports);
        this.retry = new ConflictRetry(ports.transactions());
    }

    @Override
    public EscrowPayment release(ContractId contractId, TransactionId transactionId, Actor actor) {
        return retry.inTransaction(() -> {
            EscrowPayment payment = payment(transactionId);
            InvalidValueException.require(payment.contractId().equals(contractId),
                    "payment " + transactionId + " does not belong to contract " + contractId);
            Contract contract = moves.contract(contractId);
            if (!contract.releaseBlockers().isEmpty()) {
                throw new ReleaseNotAllowedException(contractId.value(),
                        contract.releaseBlockers().stream().map(blocker -> blocker.missing(contract)).toList());
            }
            SettlementPlan.Share share = SettlementPlan.allocate(SettlementPlan.sellerEntitlement(contract, ports.payoutLimits()),
                            ports.payments().findByContract(contractId)).stream()
                    .filter(s -> s.payment().id().equals(transactionId)).findFirst()
                    .orElseThrow(() -> new PaymentTransitionException(transactionId, payment.status(), "only locked money can be released"));
            if (!ports.payoutLimits().mayPay(share.toSeller())) { // the provider would refuse it every time
                throw new ReleaseNotAllowedException(contractId.value(), List.of("a seller's share the provider can pay (" + share.toSeller()
                        + " is below the smallest payout of " + ports.payoutLimits().minimum() + ")"
                        + (contract.dispute().isPresent() ? ": resolve the dispute again with a resolution that pays" : ": please call support")));
            }
            return moves.startPayouts(share.payment(), p -> p.startSettlement(share.toSeller(), EscrowMoves.SURPLUS,
                    ports.payoutLimits(), ports.clock().now()), actor, share.toPayer().isPositive() ? Settlement.SPLIT : Settlement.RELEASE);
        });
    }

    @Override
    public EscrowPayment refund(TransactionId transactionId, String reason, Actor actor) {
        if (actor.kind() != Actor.Kind.OPERATOR) {
            throw new NotPermittedException("only an operator can refund");
        }
        InvalidValueException.require(reason != null && !reason.isBlank(), "a refund needs a reason");
        return retry.inTransaction(() -> {
            EscrowPayment payment = payment(transactionId);
            Contract contract = moves.contract(payment.contractId());
            if (contract.status() != ContractStatus.CANCELLED) {
                throw new IllegalTransitionException(contract.id(), contract.status(),
                        "a refund needs a cancelled contract or a dispute resolved for the buyer");
            }
            return moves.startPayouts(payment, p -> p.startSettlement(com.voicepact.domain.common.Money.zero(p.amount().currency()),
                    reason.strip(), ports.payoutLimits(), ports.clock().now()), actor, Settlement.REFUND);
        });
    }

    private EscrowPayment payment(TransactionId id) {
        return ports.payments().findById(id).orElseThrow(() -> new PaymentNotFoundException(id.value()));
    }
}
