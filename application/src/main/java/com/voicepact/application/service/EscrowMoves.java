package com.voicepact.application.service;

import com.voicepact.application.port.out.SmsType;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.application.port.out.Contracts;
import com.voicepact.application.port.out.Payments;
import com.voicepact.application.port.out.LedgerPostings;
import com.voicepact.application.port.out.OutboxMessages;
import com.voicepact.application.port.out.ClockPort;
import com.voicepact.domain.payment.PayoutLimits;
import com.voicepact.application.port.in.ContractNotFoundException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.payment.ContractEscrow;
import com.voicepact.domain.payment.event.PayoutsStarted;
import com.voicepact.domain.payment.event.Settlement;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutKind;
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
    private final SideEffects effects;

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
        this.effects = new SideEffects(ledger, outbox, messenger, audit);
    }

    /** Where the escrow services record what their changes caused. */
    SideEffects effects() {
        return effects;
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
                    actor, settlementOf(share));
        }
    }

    private static Settlement settlementOf(SettlementPlan.Share share) {
        if (!share.toPayer().isPositive()) {
            return Settlement.RELEASE;
        }
        return share.toSeller().isPositive() ? Settlement.SPLIT : Settlement.REFUND;
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
                payoutLimits, clock.now()), actor, Settlement.SURPLUS_REFUND);
        sms(SmsType.SURPLUS, refunding.id().value(), refunding.payer(), t -> ended
                ? t.paidAfterTheEnd(contract.id(), refunding.amount(), contract.status())
                : t.surplusReturned(contract.id(), refunding.amount(), contract.terms().total()), contract.id());
        return true;
    }

    /** Runs {@code move} on the payment, saves it and records the payouts it started ({@link PayoutsStarted}). */
    EscrowPayment startPayouts(EscrowPayment payment, Function<EscrowPayment, List<Payout>> move, Actor actor, Settlement settlement) {
        PaymentStatus before = payment.status();
        List<Payout> payouts = move.apply(payment);
        EscrowPayment saved = payments.save(payment);
        effects.record(actor, PayoutsStarted.of(saved, settlement, payouts, before, clock.now()));
        return saved;
    }

    /**
     * A CONFIRMED contract whose locked payments cover the total becomes ACTIVE, and both parties are
     * told; before that, the payer is told what is held and what is still owed.
     */
    void fundIfCovered(ContractId id, EscrowPayment justLocked, Actor actor) {
        Contract contract = contract(id);
        ContractEscrow escrow = ContractEscrow.of(contract, payments.findByContract(id));
        Money total = escrow.total();
        Money held = escrow.held();
        if (contract.status() == ContractStatus.CONFIRMED && escrow.isFunded()) {
            contract.markFunded(clock.now());
            contracts.save(contract);
            audit.statusChange(actor, AuditAction.CONTRACT_FUNDED, id.value(), ContractStatus.CONFIRMED, ContractStatus.ACTIVE,
                    "escrow holds " + held);
            sms(SmsType.FUNDED, id.value(), contract.buyer().phone(), t -> t.fundedForBuyer(id, held), id);
            sms(SmsType.FUNDED, id.value(), contract.seller().phone(), t -> t.fundedForSeller(id, total), id);
        } else if (!escrow.isFunded()) {
            Money owed = escrow.owed();
            sms(SmsType.LOCKED, justLocked.id().value(), justLocked.payer(), t -> t.paymentReceived(id, justLocked.amount(), held, owed), id);
        }
    }

    /**
     * After a payout settled or a checkout failed or expired. Once no payout of the contract is in flight, the seller is told the total
     * released and each payer the total refunded to them (one SMS per new total, whatever the number of
     * checkouts); the contract completes once every payment is paid out and something reached the seller.
     */
    void afterPaymentSettled(ContractId id, Actor actor) {
        Contract contract = contract(id);
        ContractEscrow escrow = ContractEscrow.of(contract, payments.findByContract(id));
        if (escrow.isPayingOut() || refundedLateSurplus(escrow.payments(), actor)) {
            return;
        }
        tellTotals(escrow);
        // the contract's own rule decides, so a payout notification is recorded whatever state the contract is in
        if (escrow.isComplete()) {
            ContractStatus before = contract.status();
            contract.complete(clock.now());
            contracts.save(contract);
            audit.statusChange(actor, AuditAction.CONTRACT_COMPLETED, id.value(), before, ContractStatus.COMPLETED, "all payouts confirmed");
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

    private void tellTotals(ContractEscrow escrow) {
        ContractId id = escrow.contract().id();
        ContractEscrow.PaidOut released = escrow.paidOut(PayoutKind.RELEASE, null);
        if (released.total().isPositive()) {
            PhoneNumber seller = escrow.contract().seller().phone();
            sms(SmsType.RELEASED, id + ":" + released.total().amount().toPlainString(), seller,
                    t -> t.paymentReleased(id, released.total(), seller, released.providerIds()), id);
        }
        escrow.payers().forEach(payer -> {
            ContractEscrow.PaidOut refunded = escrow.paidOut(PayoutKind.REFUND, payer);
            if (refunded.total().isPositive()) {
                sms(SmsType.REFUNDED, id + ":" + refunded.total().amount().toPlainString(), payer,
                        t -> t.paymentRefunded(id, refunded.total(), payer, refunded.providerIds()), id);
            }
        });
    }

    /** Tells every party that a dispute is open and why (once per contract and phone: the event key is the contract's). */
    void tellDisputeOpened(Contract contract, String reason) {
        for (com.voicepact.domain.contract.Party party : contract.parties()) {
            sms(SmsType.DISPUTE, contract.id().value(), party.phone(), t -> t.disputeOpened(contract.id(), reason), contract.id());
        }
    }

    /** A checkout that ended without the money: its payer is told what it was for and why, once, in their language. */
    void tellCheckoutFailed(EscrowPayment failed, com.voicepact.application.port.shared.FailureReason reason) {
        effects.tell(EscrowEffects.paymentFailed(failed.id(), failed.contractId(), failed.payer(), failed.amount(),
                FailureReasonTexts.catalogKey(reason)));
    }

    /** Queues an SMS of {@code type} about {@code event} (a contract or payment id, with a total where one is told per total). */
    void sms(SmsType type, String event, PhoneNumber to, java.util.function.Function<com.voicepact.domain.messaging.SmsTemplates, String> text,
             ContractId contract) {
        effects.tell(new EscrowEffects.Notice(type, event, to, contract, text));
    }
}
