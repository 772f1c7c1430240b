package com.voicepact.application.escrow;

import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Report;
import com.voicepact.application.escrow.port.in.SettlementResult;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.escrow.port.shared.ProviderEvent.Outcome;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutKind;
import com.voicepact.domain.payment.PayoutLimits;
import com.voicepact.domain.payment.SettlementPlan;
import com.voicepact.domain.payment.event.PayoutConfirmed;
import com.voicepact.domain.payment.event.PayoutFailed;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The payout half of {@link SettleMovementService}: the provider's final word on one of our payouts
 * confirms it (with its fee) or puts its money back in escrow, and a seller paid beyond what the
 * contract entitles them to is flagged.
 */
public final class PayoutSettlement {

    private static final Actor PROVIDER = Actor.system("payment-provider");
    /** The settlement service's logger: where an operator on call looks for a failed payout. */
    private final Logger log;

    private final Payments payments;
    private final ClockPort clock;
    private final PayoutLimits payoutLimits;
    private final EscrowMoves moves;
    private final SettlementVerdicts verdicts;

    public PayoutSettlement(
            Payments payments,
            ClockPort clock,
            PayoutLimits payoutLimits,
            EscrowMoves moves,
            SettlementVerdicts verdicts,
            Logger log) {
        this.log = log;
        this.payments = payments;
        this.clock = clock;
        this.payoutLimits = payoutLimits;
        this.moves = moves;
        this.verdicts = verdicts;
    }

    /** Applies the report to the payout it names ({@code key}: the report's event key). */
    public SettlementResult settle(String key, SettleMovementCommand n, EscrowPayment payment) {
        Payout payout = payment.payouts().stream()
                .filter(p -> n.providerReference().equals(p.providerId())
                        || n.providerReference().equals(p.id())
                        || p.id().equals(n.ourReference()))
                .findFirst()
                .orElseThrow();
        if (n.succeeded() && n.written().unreadable() != null) { // the stale-payout job asks the provider instead
            return verdicts.flag(key, n, Outcome.MISMATCH, payment, ReportedAmounts.unreadable(n));
        }
        Optional<String> otherAmount = n.succeeded() ? otherAmountThan(n, payout) : Optional.empty();
        if (otherAmount.isPresent()) { // not applied: the money that moved is not the money we sent
            return verdicts.flag(key, n, Outcome.MISMATCH, payment, otherAmount.get());
        }
        PaymentStatus before = payment.status();
        try {
            if (n.succeeded()) {
                payment.escrow().payoutConfirmed(payout.id(), providerIdOf(n, payout), clock.now());
            } else {
                payment.escrow().payoutFailed(payout.id(), n.failureDescription());
            }
        } catch (DomainException refused) {
            return verdicts.flag(key, n, Outcome.REFUSED, payment, refused.getMessage());
        }
        EscrowPayment saved = payments.save(payment);
        moves.effects()
                .record(
                        PROVIDER,
                        n.succeeded()
                                ? PayoutConfirmed.of(
                                        saved,
                                        payout,
                                        ReportedAmounts.feeOf(n, payout).orElse(null),
                                        n.failureDescription(),
                                        before,
                                        clock.now())
                                : PayoutFailed.of(saved, payout, n.failureDescription(), before, clock.now()));
        if (!n.succeeded()) { // the audit records it; the log is where an operator on call looks first
            log.warning("payout " + payout.id() + " of payment " + saved.id().value() + " failed (" + n.failureReason()
                    + "): " + n.failureDescription() + "; its money is back in escrow, payment "
                    + saved.status().name().toLowerCase(Locale.ROOT));
        }
        moves.afterPaymentSettled(saved.contractId(), PROVIDER);
        Optional<String> surprise =
                n.succeeded() && payout.kind() == PayoutKind.RELEASE ? beyondEntitlement(saved) : Optional.empty();
        if (surprise.isPresent()) { // the provider paid: the money is applied as it moved, and an operator is told
            return verdicts.flag(key, n, Outcome.APPLIED_BUT_FLAGGED, saved, "payout confirmed, but " + surprise.get());
        }
        return verdicts.applied(key, n, saved, n.succeeded() ? "payout confirmed" : "payout failed");
    }

    /** Why a confirmed payout to the seller surprises us: they now have more than the contract, as it stands, entitles them to. */
    private Optional<String> beyondEntitlement(EscrowPayment payment) {
        Contract contract = moves.contract(payment.contractId());
        Money entitlement = SettlementPlan.sellerEntitlement(contract, payoutLimits);
        Money paid = Money.zero(entitlement.currency());
        for (EscrowPayment p : payments.findByContract(contract.id())) {
            paid = paid.plus(p.escrow().paidOut(PayoutKind.RELEASE));
        }
        return paid.compareTo(entitlement) <= 0
                ? Optional.empty()
                : Optional.of("the seller has now been paid " + paid + ", more than the " + entitlement
                        + " they are entitled to on a " + contract.status().wireName() + " contract");
    }

    /** Why a success report's amount, when it gives one, is not the payout's. */
    private static Optional<String> otherAmountThan(SettleMovementCommand n, Payout payout) {
        boolean same;
        if (n.report() instanceof Report.Typed t && t.outcome() instanceof MovementOutcome.Succeeded s) {
            same = s.amount().currency() == payout.amount().currency()
                    && s.amount().amount().compareTo(payout.amount().amount()) == 0;
        } else if (n.written().amount() == null) {
            return Optional.empty(); // a result that names no amount: nothing to hold against it
        } else {
            same = (n.written().currency() == null
                            || n.written().currency() == payout.amount().currency())
                    && n.written().amount().compareTo(payout.amount().amount()) == 0;
        }
        return same
                ? Optional.empty()
                : Optional.of("the provider reports " + ReportedAmounts.reportedValue(n) + " paid out by payout "
                        + payout.id() + ", which sent " + payout.amount() + ": not applied");
    }

    /** The provider's id of a payout: the notification's transaction id, unless that is only our own payout id echoed. */
    private static String providerIdOf(SettleMovementCommand n, Payout payout) {
        return n.providerReference().equals(payout.id()) ? null : n.providerReference();
    }
}
