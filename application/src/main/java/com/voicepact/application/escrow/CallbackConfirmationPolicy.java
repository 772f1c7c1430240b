package com.voicepact.application.escrow;

import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Report;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Source;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A callback alone never moves money (issue 11, section 1): neither Africa's Talking nor Daraja signs its callbacks,
 * so anyone who can reach the callback address could post one. Before a report that came by {@link Source#CALLBACK}
 * is applied, the provider is asked about the movement through {@link PaymentGatewayPort} (AT: find-transaction;
 * Daraja: the STK query for a collection, answered at once, and Transaction Status for a payout leg, answered later by
 * a Result that the Daraja adapter accepts only when it correlates with a query we sent).
 *
 * <table>
 *   <tr><th>callback says</th><th>provider says</th><th>decision</th></tr>
 *   <tr><td>succeeded</td><td>succeeded, same amount</td><td>{@link Apply}</td></tr>
 *   <tr><td>succeeded</td><td>succeeded with another amount, failed, or no such movement</td><td>{@link Contradicted}</td></tr>
 *   <tr><td>failed</td><td>failed, or no such movement (the money never moved)</td><td>{@link Apply}</td></tr>
 *   <tr><td>failed</td><td>succeeded</td><td>{@link Contradicted}</td></tr>
 *   <tr><td>either</td><td>still pending, unknown, or asked (it answers by a later callback)</td><td>{@link NotYet}</td></tr>
 *   <tr><td>either</td><td>cannot be asked</td><td>throws {@link GatewayException}</td></tr>
 * </table>
 *
 * <p>Not confirmed: a report whose source is not a callback ({@code QUERY}, {@code GATEWAY_ANSWER}: the provider's own
 * answer to us), and a success the settle use case can only record and flag, moving nothing (an amount that is no amount;
 * for a collection, no amount or one out of {@code Money}'s range).
 *
 * <p><b>Why a failure report is confirmed too</b> (it says the money did not move, so applying it at once looks
 * harmless). For a payout, refund or reversal it is not: a forged failure puts the amount back into escrow
 * ({@code payoutFailed}), from where it can be paid out again while the first payout really went through, so the money
 * would go out twice. For a collection it marks the payment {@code FAILED}; a later confirmed success would still lock it
 * ({@code EscrowPayment.lock} accepts {@code FAILED}), but the stale-checkout job asks the provider only about
 * {@code PENDING} payments, so if the real success callback were then lost, the payer's money would sit at the provider
 * with no payment accounting for it (and Daraja offers no list for reconciliation to find it). Confirming costs one
 * lookup; not confirming can lose money or pay it twice, so every callback is confirmed.
 *
 * <p>The sandbox caveat (Daraja's sandbox STK query has answered "failed" for payments whose callback said success):
 * a query never overrides a recorded success here, since a contradicted report changes nothing, and a failure reported
 * for a payment already locked is refused and flagged by the settle use case.
 */
public final class CallbackConfirmationPolicy {

    /** What to do with a report. */
    public sealed interface Decision {}

    /** The provider agrees (or no confirmation is needed): settle the report as it came. */
    public record Apply(SettleMovementCommand report) implements Decision {}

    /** The provider says otherwise: record the report, flag it for an operator, change nothing. */
    public record Contradicted(String detail) implements Decision {}

    /** The provider cannot tell yet: change nothing now; its later answer or the payment jobs settle the movement. */
    public record NotYet(String detail) implements Decision {}

    private final PaymentGatewayPort gateway;

    public CallbackConfirmationPolicy(PaymentGatewayPort gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    /** @throws GatewayException when the provider cannot be asked: nothing may be concluded then */
    public Decision decide(SettleMovementCommand report) {
        if (report.source() != Source.CALLBACK || settlingMovesNoMoney(report)) {
            return new Apply(report);
        }
        Lookup lookup = lookUp(report);
        if (lookup instanceof Lookup.Asked) {
            return new NotYet("asked the provider to confirm it; its answer settles the movement");
        }
        if (lookup instanceof Lookup.NotFound) {
            return report.succeeded() ? new Contradicted("the provider has no such movement") : new Apply(report);
        }
        MovementOutcome known = ((Lookup.Found) lookup).movement().outcome();
        if (known instanceof MovementOutcome.Pending || known instanceof MovementOutcome.Unknown) {
            return new NotYet("the provider has not finished the movement yet");
        }
        if (!report.succeeded()) {
            return known instanceof MovementOutcome.Failed
                    ? new Apply(report)
                    : new Contradicted("the callback says it failed, the provider says the money moved");
        }
        if (known instanceof MovementOutcome.Failed failed) {
            return new Contradicted("the callback says the money moved, the provider says it failed"
                    + (failed.description().isBlank() ? "" : " (" + failed.description() + ")"));
        }
        MovementOutcome.Succeeded paid = (MovementOutcome.Succeeded) known;
        return sameAmount(report, paid)
                ? new Apply(report)
                : new Contradicted("the callback says " + said(report) + " moved, the provider says " + paid.amount());
    }

    /**
     * A success the settle use case can only record and flag: an amount that is no amount ({@code KES abc}), or, for a
     * collection, none at all or one no {@link Money} holds ({@code KES 1e400}). A payout leg's success without an amount
     * would be applied, so it is confirmed.
     */
    private static boolean settlingMovesNoMoney(SettleMovementCommand report) {
        if (!report.succeeded() || report.written().unreadable() != null) {
            return report.succeeded();
        }
        if (report.movement() != MoneyMovement.COLLECTION || !(report.report() instanceof Report.SucceededAsWritten)) {
            return false;
        }
        BigDecimal amount = report.written().amount();
        if (amount == null) {
            return true;
        }
        if (report.written().currency() == null) {
            return false; // a bare number is read in the payment's currency
        }
        try {
            Money.positive(amount.stripTrailingZeros(), report.written().currency(), "the reported amount");
            return false;
        } catch (InvalidValueException unusable) {
            return true;
        }
    }

    private Lookup lookUp(SettleMovementCommand report) {
        Lookup lookup = gateway.findByProviderReference(report.movement(), report.providerReference());
        if (lookup instanceof Lookup.NotFound
                && report.movement() != MoneyMovement.COLLECTION
                && report.ourReference() != null) {
            return gateway.findByOurReference(
                    report.movement(), report.ourReference()); // Daraja finds a payout by our id only
        }
        return lookup;
    }

    private static boolean sameAmount(SettleMovementCommand report, MovementOutcome.Succeeded paid) {
        if (report.report() instanceof Report.Typed typed
                && typed.outcome() instanceof MovementOutcome.Succeeded said) {
            return said.amount().currency() == paid.amount().currency()
                    && said.amount().amount().compareTo(paid.amount().amount()) == 0;
        }
        BigDecimal amount = report.written().amount();
        return amount != null
                && amount.compareTo(paid.amount().amount()) == 0
                && (report.written().currency() == null
                        || report.written().currency() == paid.amount().currency());
    }

    private static String said(SettleMovementCommand report) {
        if (report.report() instanceof Report.Typed typed && typed.outcome() instanceof MovementOutcome.Succeeded s) {
            return s.amount().toString();
        }
        return report.written().amount() == null
                ? "an unstated amount"
                : (report.written().currency() == null ? "" : report.written().currency() + " ")
                        + report.written().amount().toPlainString();
    }
}
