package com.voicepact.application.escrow;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.port.in.ContractNotFoundException;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.payment.ContractEscrow;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutLimits;
import com.voicepact.domain.payment.SettlementPlan;
import com.voicepact.domain.payment.event.ContractCompleted;
import com.voicepact.domain.payment.event.ContractFunded;
import com.voicepact.domain.payment.event.PayoutsStarted;
import com.voicepact.domain.payment.event.Settlement;
import java.util.List;
import java.util.function.Function;

/**
 * The money moves shared by the escrow services, always inside the caller's transaction: each one
 * changes the payment, posts to the ledger, queues the payout or SMS in the outbox, and audits.
 */
public final class EscrowMoves {

    public static final String SURPLUS = "paid beyond the contract total";

    private final Contracts contracts;
    private final Payments payments;
    private final ClockPort clock;
    private final PayoutLimits payoutLimits;
    private final SideEffects effects;
    private final EscrowNotices notices;

    /**
     * The ports the escrow's money moves write to. {@code payoutLimits}: what one payout may carry at the payment provider
     * ({@code PaymentGatewayPort.payoutLimits()}, passed at wiring; null for none); a larger release or refund is split.
     */
    public EscrowMoves(
            Contracts contracts,
            Payments payments,
            LedgerPostings ledger,
            OutboxMessages outbox,
            ClockPort clock,
            AuditTrail audit,
            Messenger messenger,
            PayoutLimits payoutLimits) {
        this.contracts = contracts;
        this.payments = payments;
        this.clock = clock;
        this.payoutLimits = payoutLimits == null ? PayoutLimits.none() : payoutLimits;
        this.effects = new SideEffects(ledger, outbox, messenger, audit);
        this.notices = new EscrowNotices(effects);
    }

    /** Where the escrow services record what their changes caused. */
    public SideEffects effects() {
        return effects;
    }

    /** The SMS the escrow services send besides an event's own. */
    public EscrowNotices notices() {
        return notices;
    }

    public Contract contract(ContractId id) {
        return contracts.findById(id).orElseThrow(() -> new ContractNotFoundException(id));
    }

    /** For a decision over all the contract's payments: see {@link Contracts#findByIdForUpdate}. */
    private Contract heldContract(ContractId id) {
        return contracts.findByIdForUpdate(id).orElseThrow(() -> new ContractNotFoundException(id));
    }

    /**
     * Settles every LOCKED payment of the contract by {@link SettlementPlan}: the seller gets at most the entitlement the
     * contract's state gives, everything else goes back to its payer (as surplus, or for {@code reasonIfCancelled} when
     * the contract was cancelled and the seller gets nothing).
     */
    public void settle(ContractId id, String reasonIfCancelled, Actor actor) {
        Contract contract = contract(id);
        Money entitlement = SettlementPlan.sellerEntitlement(contract, payoutLimits);
        for (SettlementPlan.Share share : SettlementPlan.allocate(entitlement, payments.findByContract(id))) {
            String reason = entitlement.isPositive() ? SURPLUS : reasonIfCancelled;
            Function<EscrowPayment, List<Payout>> toShares =
                    p -> p.startSettlement(share.toSeller(), reason, payoutLimits, clock.now());
            startPayouts(share.payment(), toShares, actor, settlementOf(share));
        }
    }

    private static Settlement settlementOf(SettlementPlan.Share share) {
        if (!share.toPayer().isPositive()) {
            return Settlement.RELEASE;
        }
        return share.toSeller().isPositive() ? Settlement.SPLIT : Settlement.REFUND;
    }

    /**
     * After a checkout locked money: refunds it whole when nothing more is owed ({@link #refundIfWhollySurplus}),
     * otherwise funds the contract once its payments cover it, or tells the payer what came in. The contract and its
     * payments are read once for both decisions (nothing is written between them).
     */
    public void afterLocked(EscrowPayment locked, Actor actor) {
        Contract contract = heldContract(locked.contractId());
        List<EscrowPayment> all = payments.findByContract(contract.id());
        if (!refundIfWhollySurplus(contract, all, locked, actor)) {
            fundIfCovered(contract, all, locked, actor);
        }
    }

    /**
     * A payment locked after the seller's entitlement was already covered goes straight back to its
     * payer, who is told by SMS. Returns true when that was the case.
     */
    private boolean refundIfWhollySurplus(
            Contract contract, List<EscrowPayment> all, EscrowPayment locked, Actor actor) {
        Money entitlement = SettlementPlan.sellerEntitlement(contract, payoutLimits);
        if (!SettlementPlan.isWhollySurplus(entitlement, locked, all)) {
            return false;
        }
        boolean ended = !entitlement.isPositive(); // cancelled or expired: nothing is owed to anyone
        String reason = ended ? "the contract is " + contract.status().wireName() : SURPLUS;
        Money none = Money.zero(entitlement.currency());
        Function<EscrowPayment, List<Payout>> toPayer = p -> p.startSettlement(none, reason, payoutLimits, clock.now());
        EscrowPayment refunding = startPayouts(locked, toPayer, actor, Settlement.SURPLUS_REFUND);
        notices.surplusReturned(contract, refunding, ended);
        return true;
    }

    /** Runs {@code move} on the payment, saves it and records the payouts it started ({@link PayoutsStarted}). */
    public EscrowPayment startPayouts(
            EscrowPayment payment, Function<EscrowPayment, List<Payout>> move, Actor actor, Settlement settlement) {
        PaymentStatus before = payment.status();
        List<Payout> payouts = move.apply(payment);
        EscrowPayment saved = payments.save(payment);
        effects.record(actor, PayoutsStarted.of(saved, settlement, payouts, before, clock.now()));
        return saved;
    }

    /** A CONFIRMED contract whose locked payments cover the total becomes ACTIVE, and both parties are told; before
     * that, the payer is told what is held and what is still owed. */
    private void fundIfCovered(Contract contract, List<EscrowPayment> all, EscrowPayment justLocked, Actor actor) {
        ContractEscrow escrow = ContractEscrow.of(contract, all);
        if (contract.status() == ContractStatus.CONFIRMED && escrow.isFunded()) {
            contract.markFunded(clock.now());
            contracts.save(contract);
            effects.record(actor, ContractFunded.of(escrow, clock.now()));
        } else if (!escrow.isFunded()) {
            notices.paymentReceived(escrow, justLocked);
        }
    }

    /**
     * After a payout settled or a checkout failed or expired. Once no payout of the contract is in flight, the seller is
     * told the total released and each payer the total refunded to them (one SMS per new total, whatever the number of
     * checkouts); the contract completes once every payment is paid out and something reached the seller.
     */
    public void afterPaymentSettled(ContractId id, Actor actor) {
        Contract contract = heldContract(id);
        ContractEscrow escrow = ContractEscrow.of(contract, payments.findByContract(id));
        if (escrow.isPayingOut() || refundedLateSurplus(contract, escrow.payments(), actor)) {
            return;
        }
        notices.totals(escrow);
        // the contract's own rule decides, so a payout notification is recorded whatever state the contract is in
        if (escrow.isComplete()) {
            ContractStatus before = contract.status();
            contract.complete(clock.now());
            contracts.save(contract);
            effects.record(actor, ContractCompleted.of(contract, before, clock.now()));
        }
    }

    /**
     * A payment locked while another was being paid out could not be judged then (a failed leg may have put money back);
     * now that nothing is in flight, one never settled that the seller's entitlement no longer needs goes back to its
     * payer. Newest first, so the oldest money stays the seller's ({@link SettlementPlan#allocate}). A payment with legs
     * already (one that failed) is left to the operator, so a refund that keeps failing is not resent in a loop.
     */
    private boolean refundedLateSurplus(Contract contract, List<EscrowPayment> newestLast, Actor actor) {
        boolean started = false;
        for (int i = newestLast.size() - 1; i >= 0; i--) {
            EscrowPayment payment = newestLast.get(i);
            if (payment.status() == PaymentStatus.LOCKED
                    && payment.payouts().isEmpty()) { // read again: one may have started
                started |= refundIfWhollySurplus(contract, payments.findByContract(contract.id()), payment, actor);
            }
        }
        return started;
    }
}
