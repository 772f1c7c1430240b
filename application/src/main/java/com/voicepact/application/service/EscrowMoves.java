package com.voicepact.application.service;

import com.voicepact.application.port.out.Contracts;
import com.voicepact.application.port.out.Payments;
import com.voicepact.application.port.out.LedgerPostings;
import com.voicepact.application.port.out.OutboxMessages;
import com.voicepact.application.port.out.ClockPort;
import com.voicepact.domain.payment.PayoutLimits;
import com.voicepact.application.port.in.ContractNotFoundException;
import com.voicepact.application.port.out.OutboxMessage;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.ledger.Postings;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutKind;
import com.voicepact.domain.payment.PayoutState;
import com.voicepact.domain.payment.SettlementPlan;
import java.util.List;
import java.util.function.Function;

/**
 * The money moves shared by the escrow services, always inside the caller's transaction: each one
 * changes the payment, posts to the ledger, queues the payout or SMS in the outbox, and audits.
 */
public final class EscrowMoves {

    static final String SURPLUS = "paid beyond the contract total";

    private final Contracts contracts;
    private final Payments payments;
    private final LedgerPostings ledger;
    private final OutboxMessages outbox;
    private final ClockPort clock;
    private final AuditTrail audit;
    private final Messenger messenger;
    private final PayoutLimits payoutLimits;

    /**
     * The ports the escrow's money moves write to. {@code payoutLimits}: what one payout may carry at the payment provider
     * ({@code PaymentGatewayPort.payoutLimits()}, passed at wiring; null for none); a larger release or refund is split by
     * it into several payouts.
     */
    public EscrowMoves(Contracts contracts, Payments payments, LedgerPostings ledger, OutboxMessages outbox, ClockPort clock,
                       AuditTrail audit, Messenger messenger, PayoutLimits payoutLimits) {
        this.contracts = contracts;
        this.payments = payments;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
        this.audit = audit;
        this.messenger = messenger;
        this.payoutLimits = payoutLimits == null ? PayoutLimits.none() : payoutLimits;
    }

    Contract contract(ContractId id) {
        return contracts.findById(id).orElseThrow(() -> new ContractNotFoundException(id));
    }

    /**
     * Settles every LOCKED payment of the contract by {@link SettlementPlan}: the seller gets at most
     * the entitlement the contract's state gives, everything else goes back to its payer (as surplus,
     * or for {@code reasonIfCancelled} when the contract was cancelled and the seller gets nothing).
     */
    void settle(ContractId id, String reasonIfCancelled, Actor actor) {
        Contract contract = contract(id);
        Money entitlement = SettlementPlan.sellerEntitlement(contract, payoutLimits);
        for (SettlementPlan.Share share : SettlementPlan.allocate(entitlement, payments.findByContract(id))) {
            String reason = entitlement.isPositive() ? SURPLUS : reasonIfCancelled;
            startPayouts(share.payment(), p -> p.startSettlement(share.toSeller(), reason, payoutLimits, clock.now()),
                    actor, settlementAction(share));
        }
    }

    private static String settlementAction(SettlementPlan.Share share) {
        if (!share.toPayer().isPositive()) {
            return "ESCROW_RELEASE_STARTED";
        }
        return share.toSeller().isPositive() ? "ESCROW_SPLIT_STARTED" : "ESCROW_REFUND_STARTED";
    }

    /**
     * A payment locked after the seller's entitlement was already covered goes straight back to its
     * payer, who is told by SMS. Returns true when that was the case.
     */
    boolean refundIfWhollySurplus(EscrowPayment locked, Actor actor) {
        Contract contract = contract(locked.contractId());
        Money entitlement = SettlementPlan.sellerEntitlement(contract, payoutLimits);
        if (!SettlementPlan.isWhollySurplus(entitlement, locked, payments.findByContract(contract.id()))) {
            return false;
        }
        boolean ended = !entitlement.isPositive(); // cancelled or expired: nothing is owed to anyone
        String reason = ended ? "the contract is " + contract.status().wireName() : SURPLUS;
        EscrowPayment refunding = startPayouts(locked, p -> p.startSettlement(Money.zero(entitlement.currency()), reason,
                payoutLimits, clock.now()), actor, "SURPLUS_REFUND_STARTED");
        sms("surplus:" + refunding.id(), refunding.payer(), t -> ended
                ? t.paidAfterTheEnd(contract.id(), refunding.amount(), contract.status())
                : t.surplusReturned(contract.id(), refunding.amount(), contract.terms().total()), contract.id());
        return true;
    }

    EscrowPayment startPayouts(EscrowPayment payment, Function<EscrowPayment, List<Payout>> move, Actor actor, String action) {
        PaymentStatus before = payment.status();
        List<Payout> payouts = move.apply(payment);
        EscrowPayment saved = payments.save(payment);
        for (Payout payout : payouts) {
            ledger.post(Postings.payoutStarted(saved, payout, clock.now()));
            outbox.enqueue(OutboxMessage.payout(payout.id(), saved.id().value(), clock.now()));
        }
        audit.change(actor, action, saved.id().value(), before.name(), saved.status().name(),
                "payouts=" + payouts.stream().map(p -> p.id() + ":" + p.amount() + "->" + p.recipient().e164()).toList());
        return saved;
    }

    /** Money the contract's payments hold for the seller or already paid out, plus pending checkouts that reserve it. */
    static Money committed(Contract contract, List<EscrowPayment> payments) {
        Money total = contract.terms().total();
        Money sum = SettlementPlan.heldForSeller(total, payments);
        for (EscrowPayment p : payments) {
            if (p.status() == PaymentStatus.PENDING) {
                sum = sum.plus(p.amount());
            }
        }
        return sum;
    }

    /**
     * A CONFIRMED contract whose locked payments cover the total becomes ACTIVE, and both parties are
     * told; before that, the payer is told what is held and what is still owed.
     */
    void fundIfCovered(ContractId id, EscrowPayment justLocked, Actor actor) {
        Contract contract = contract(id);
        Money total = contract.terms().total();
        Money held = SettlementPlan.heldForSeller(total, payments.findByContract(id));
        if (contract.status() == ContractStatus.CONFIRMED && held.compareTo(total) >= 0) {
            contract.markFunded(clock.now());
            contracts.save(contract);
            audit.statusChange(actor, "CONTRACT_FUNDED", id.value(), ContractStatus.CONFIRMED, ContractStatus.ACTIVE,
                    "escrow holds " + held);
            sms("funded:" + id, contract.buyer().phone(), t -> t.fundedForBuyer(id, held), id);
            sms("funded:" + id, contract.seller().phone(), t -> t.fundedForSeller(id, total), id);
        } else if (held.compareTo(total) < 0) {
            Money owed = total.minus(held);
            sms("locked:" + justLocked.id(), justLocked.payer(), t -> t.paymentReceived(id, justLocked.amount(), held, owed), id);
        }
    }

    /**
     * After a payout settled or a checkout failed or expired. Once no payout of the contract is in flight, the seller is told the total
     * released and each payer the total refunded to them (one SMS per new total, whatever the number of
     * checkouts); the contract completes once every payment is paid out and something reached the seller.
     */
    void afterPaymentSettled(ContractId id, Actor actor) {
        Contract contract = contract(id);
        List<EscrowPayment> payments = this.payments.findByContract(id);
        if (payments.stream().anyMatch(p -> p.status() == PaymentStatus.RELEASING || p.status() == PaymentStatus.REFUNDING)
                || refundedLateSurplus(payments, actor)) {
            return;
        }
        tellTotals(contract, payments);
        boolean anyHeld = payments.stream().anyMatch(p -> p.status() == PaymentStatus.LOCKED || p.status() == PaymentStatus.PENDING);
        boolean anyReleased = payments.stream().anyMatch(p -> p.status() == PaymentStatus.RELEASED);
        // the contract's own rule decides, so a payout notification is recorded whatever state the contract is in
        if (!anyHeld && anyReleased && contract.mayPayTheSeller()) {
            ContractStatus before = contract.status();
            contract.complete(clock.now());
            contracts.save(contract);
            audit.statusChange(actor, "CONTRACT_COMPLETED", id.value(), before, ContractStatus.COMPLETED, "all payouts confirmed");
        }
    }

    /**
     * A payment locked while another was being paid out could not be judged then (a failed leg may have put money back);
     * now that nothing is in flight, one never settled that the seller's entitlement no longer needs goes back to its
     * payer. Newest first, so the oldest money stays the seller's ({@link SettlementPlan#allocate}). A payment with legs
     * already (one that failed) is left to the operator, so a refund that keeps failing is not resent in a loop.
     */
    private boolean refundedLateSurplus(List<EscrowPayment> payments, Actor actor) {
        boolean started = false;
        for (int i = payments.size() - 1; i >= 0; i--) {
            EscrowPayment payment = payments.get(i);
            if (payment.status() == PaymentStatus.LOCKED && payment.payouts().isEmpty()) {
                started |= refundIfWhollySurplus(payment, actor);
            }
        }
        return started;
    }

    private void tellTotals(Contract contract, List<EscrowPayment> payments) {
        ContractId id = contract.id();
        PaidOut released = PaidOut.of(payments, PayoutKind.RELEASE, null);
        if (released.total().isPositive()) {
            PhoneNumber seller = contract.seller().phone();
            sms("released:" + id + ":" + released.total().amount().toPlainString(), seller,
                    t -> t.paymentReleased(id, released.total(), seller, released.providerIds()), id);
        }
        payments.stream().map(EscrowPayment::payer).distinct().forEach(payer -> {
            PaidOut refunded = PaidOut.of(payments, PayoutKind.REFUND, payer);
            if (refunded.total().isPositive()) {
                sms("refunded:" + id + ":" + refunded.total().amount().toPlainString(), payer,
                        t -> t.paymentRefunded(id, refunded.total(), payer, refunded.providerIds()), id);
            }
        });
    }

    /** The confirmed payouts of one kind (to one recipient, when given): their total and the provider's ids. */
    private record PaidOut(Money total, String providerIds) {

        static PaidOut of(List<EscrowPayment> payments, PayoutKind kind, PhoneNumber recipient) {
            Money total = Money.zero(payments.get(0).amount().currency());
            List<String> ids = new java.util.ArrayList<>();
            for (EscrowPayment p : payments) {
                for (Payout payout : p.payouts()) {
                    if (payout.kind() == kind && payout.state() == PayoutState.CONFIRMED
                            && (recipient == null || payout.recipient().equals(recipient))) {
                        total = total.plus(payout.amount());
                        ids.add(payout.providerId() == null ? payout.id() : payout.providerId());
                    }
                }
            }
            return new PaidOut(total, String.join(", ", ids));
        }
    }

    /** A checkout that ended without the money: its payer is told what it was for and why, once, in their language. */
    /** Tells every party that a dispute is open and why (once per contract and phone: the event key is the contract's). */
    void tellDisputeOpened(Contract contract, String reason) {
        for (com.voicepact.domain.contract.Party party : contract.parties()) {
            sms("dispute:" + contract.id(), party.phone(), t -> t.disputeOpened(contract.id(), reason), contract.id());
        }
    }

    void tellCheckoutFailed(EscrowPayment failed, com.voicepact.application.port.shared.FailureReason reason) {
        sms("payment_failed:" + failed.id(), failed.payer(),
                t -> t.paymentFailed(failed.contractId(), failed.amount(), FailureReasonTexts.catalogKey(reason)), failed.contractId());
    }

    void sms(String eventKey, PhoneNumber to, java.util.function.Function<com.voicepact.domain.messaging.SmsTemplates, String> text,
             ContractId contract) {
        messenger.send(eventKey, eventKey.substring(0, eventKey.indexOf(':')), to, contract, text);
    }
}
