package com.voicepact.application.escrow.port.in;

import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A provider's final word on one movement of money, in no provider's words, from wherever it came
 * ({@link Source}): a callback mapped by its adapter, a lookup, or the provider's answer to our request.
 *
 * @param movement          which way the money went; a payout leg ({@code PAYOUT}, {@code REFUND},
 *                          {@code REVERSAL}) is found by reference whichever of them the provider reports
 * @param providerReference the provider's opaque id of the movement (required, at most 100 characters)
 * @param ourReference      our id echoed by the provider, if any: our transaction id for a collection, our
 *                          payout id for a payout leg; it finds the payment before the provider's id is recorded
 * @param report            the verdict: a typed {@link MovementOutcome} ({@code Succeeded} or {@code Failed}), or a
 *                          success whose amount the adapter could not type on its own ({@link Report.SucceededAsWritten})
 * @param written           the amounts exactly as the provider wrote them; the once-only key is built from them,
 *                          so a callback and a lookup that report the same amount are one event
 * @param source            where the word came from; a later rule may confirm a {@code CALLBACK} with the provider
 *                          before it moves money
 * @param evidence          what the provider sent (a callback's raw body) or how we learnt it, kept with the event
 * @throws InvalidValueException when the provider reference is missing or too long, or the verdict is not final
 */
public record SettleMovementCommand(
        MoneyMovement movement,
        String providerReference,
        String ourReference,
        Report report,
        Written written,
        Source source,
        String evidence) {

    public enum Source {
        CALLBACK,
        QUERY,
        GATEWAY_ANSWER
    }

    /** The verdict. Only final ones settle: a pending or unknown movement has nothing to settle. */
    public sealed interface Report {

        /** A typed verdict: {@link MovementOutcome.Succeeded} or {@link MovementOutcome.Failed}. */
        record Typed(MovementOutcome outcome) implements Report {
            public Typed {
                InvalidValueException.require(
                        outcome instanceof MovementOutcome.Succeeded || outcome instanceof MovementOutcome.Failed,
                        "only a success or a failure settles a movement, got " + outcome);
            }
        }

        /**
         * The provider says the money moved, with an amount no {@link Money} holds on its own: written without
         * a currency (AT's form variant), absent, or out of range. The settle use case judges it against the
         * payment (a bare number is in the payment's currency) and flags what it cannot apply.
         */
        record SucceededAsWritten() implements Report {}
    }

    /**
     * Amounts as written: {@code currency} null when not stated, {@code amount} and {@code fee} null when absent.
     * Numbers of any size are kept as they are: whether they can be applied is the use case's judgement.
     * {@code unreadable}: the amount's text when it is no amount in a currency we settle in ({@code USD 9000},
     * {@code KES abc}), at most 43 characters; then {@code currency} and {@code amount} are null, and the
     * notification is recorded and flagged, never applied.
     */
    public record Written(CurrencyCode currency, BigDecimal amount, BigDecimal fee, String unreadable) {

        public Written(CurrencyCode currency, BigDecimal amount, BigDecimal fee) {
            this(currency, amount, fee, null);
        }

        public static Written none() {
            return new Written(null, null, null);
        }

        public static Written of(Money amount, Money fee) {
            return new Written(
                    amount == null ? null : amount.currency(),
                    amount == null ? null : amount.amount(),
                    fee == null ? null : fee.amount());
        }
    }

    public SettleMovementCommand {
        Objects.requireNonNull(movement, "movement");
        InvalidValueException.requireId(providerReference, "transactionId", 100);
        Objects.requireNonNull(report, "report");
        written = written == null ? Written.none() : written;
        Objects.requireNonNull(source, "source");
        evidence = evidence == null ? "" : evidence;
    }

    /** A typed outcome, with the amounts written as the outcome states them. */
    public static SettleMovementCommand of(
            MoneyMovement movement,
            String providerReference,
            String ourReference,
            MovementOutcome outcome,
            Money fee,
            Source source,
            String evidence) {
        Money amount = outcome instanceof MovementOutcome.Succeeded s ? s.amount() : null;
        return new SettleMovementCommand(
                movement,
                providerReference,
                ourReference,
                new Report.Typed(outcome),
                Written.of(amount, fee),
                source,
                evidence);
    }

    public boolean succeeded() {
        return report instanceof Report.SucceededAsWritten
                || report instanceof Report.Typed t && t.outcome() instanceof MovementOutcome.Succeeded;
    }

    /** A leg of a payment going out (payout, refund, reversal), rather than a collection into escrow. */
    public boolean isPayoutLeg() {
        return movement != MoneyMovement.COLLECTION;
    }

    /** The category of a failure; {@code OTHER} for a success. */
    public FailureReason failureReason() {
        return report instanceof Report.Typed t && t.outcome() instanceof MovementOutcome.Failed f
                ? f.reason()
                : FailureReason.OTHER;
    }

    /** The provider's description of a failure, or an empty string. */
    public String failureDescription() {
        return report instanceof Report.Typed t && t.outcome() instanceof MovementOutcome.Failed f
                ? f.description()
                : "";
    }
}
