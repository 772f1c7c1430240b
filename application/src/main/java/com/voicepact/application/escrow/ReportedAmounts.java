package com.voicepact.application.escrow;

import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Report;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.ProviderMismatchException;
import java.math.BigDecimal;
import java.util.Optional;

/** How a provider's report of a movement reads: its amount, receipt, fee, and the words its stored event keeps. */
public final class ReportedAmounts {

    private ReportedAmounts() {}

    /** The amount that moved: the typed one, or the one as written, judged against the payment (a bare number is in its currency). */
    public static Money reported(SettleMovementCommand n, EscrowPayment payment) {
        if (n.report() instanceof Report.Typed t && t.outcome() instanceof MovementOutcome.Succeeded s) {
            return s.amount();
        }
        CurrencyCode currency = n.written().currency() == null
                ? payment.amount().currency()
                : n.written().currency();
        if (n.written().unreadable() != null) {
            throw new ProviderMismatchException(unreadable(n));
        }
        if (n.written().amount() == null) {
            throw new ProviderMismatchException("the notification carries no amount");
        }
        try {
            return Money.positive(n.written().amount().stripTrailingZeros(), currency, "the reported amount");
        } catch (
                InvalidValueException
                        e) { // flagged, not thrown: a notification that can never be applied must not loop
            throw new ProviderMismatchException("reported amount is unusable: " + e.getMessage());
        }
    }

    /** The provider's receipt of a collection, kept on the payment: a refund reverses by it. */
    public static String receiptOf(SettleMovementCommand n) {
        return n.report() instanceof Report.Typed t && t.outcome() instanceof MovementOutcome.Succeeded s
                ? s.receipt()
                : null;
    }

    public static String unreadable(SettleMovementCommand n) {
        return "reported amount '" + n.written().unreadable()
                + "' is not an amount we can read (a number after one of the currencies "
                + java.util.Arrays.toString(CurrencyCode.values()) + ")";
    }

    public static Optional<Money> feeOf(SettleMovementCommand n, Payout payout) {
        BigDecimal fee = n.written().fee();
        if (fee == null || fee.signum() <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Money.of(
                    fee.stripTrailingZeros(),
                    n.written().currency() == null
                            ? payout.amount().currency()
                            : n.written().currency()));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /**
     * The amount as reported, normalised: {@code KES 375.0000} and {@code KES 375} are the same event. An
     * absurd one ({@code 1e999999999}) is quoted short, never written out, so the event fits its columns.
     */
    public static String reportedValue(SettleMovementCommand n) {
        if (n.written().unreadable() != null) {
            return n.written().unreadable();
        }
        return n.written().amount() == null
                ? ""
                : (n.written().currency() == null ? "" : n.written().currency() + " ")
                        + InvalidValueException.shown(n.written().amount().stripTrailingZeros());
    }

    /** The key a report's provider event is recorded under (before any re-application suffix). */
    public static String eventKeyOf(SettleMovementCommand n) {
        return ProviderEvent.keyOf(n.providerReference(), statusOf(n), reportedValue(n));
    }

    /** The verdict as the event key and the stored event write it (the words of the first release, kept so stored keys still match). */
    public static String statusOf(SettleMovementCommand n) {
        return n.succeeded() ? ProviderEvent.SUCCEEDED : ProviderEvent.FAILED;
    }
}
