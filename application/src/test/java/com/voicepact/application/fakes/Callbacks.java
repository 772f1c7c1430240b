package com.voicepact.application.fakes;

import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Report;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Source;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Written;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.math.BigDecimal;

/**
 * Callbacks as a provider's callback adapter hands them to the settle use case: a success with its amount as
 * written (typed when it is a usable amount with its currency), or a failure with its description.
 */
public final class Callbacks {

    private Callbacks() {}

    public static SettleMovementCommand collected(String providerId, Money amount) {
        return success(providerId, MoneyMovement.COLLECTION, amount.currency(), amount.amount(), null, null);
    }

    public static SettleMovementCommand collectionFailed(String providerId, String description) {
        return failure(providerId, MoneyMovement.COLLECTION, null, null, description, null);
    }

    public static SettleMovementCommand paidOut(String providerId, Money amount, BigDecimal fee) {
        return success(providerId, MoneyMovement.PAYOUT, amount.currency(), amount.amount(), fee, null);
    }

    public static SettleMovementCommand payoutFailed(String providerId, String description) {
        return failure(providerId, MoneyMovement.PAYOUT, null, null, description, null);
    }

    /** A success as written: {@code currency} may be null (a bare number), {@code amount} anything, even unusable. */
    public static SettleMovementCommand success(
            String providerId,
            MoneyMovement movement,
            CurrencyCode currency,
            BigDecimal amount,
            BigDecimal fee,
            String ourReference) {
        Report report = new Report.SucceededAsWritten();
        if (currency != null && amount != null) {
            try {
                report = new Report.Typed(new MovementOutcome.Succeeded(
                        Money.positive(amount.stripTrailingZeros(), currency, "amount"), providerId));
            } catch (InvalidValueException unusable) {
                // judged by the use case
            }
        }
        return new SettleMovementCommand(
                movement, providerId, ourReference, report, new Written(currency, amount, fee), Source.CALLBACK, "{}");
    }

    public static SettleMovementCommand failure(
            String providerId,
            MoneyMovement movement,
            CurrencyCode currency,
            BigDecimal amount,
            String description,
            String ourReference) {
        return new SettleMovementCommand(
                movement,
                providerId,
                ourReference,
                new Report.Typed(new MovementOutcome.Failed(FailureReason.OTHER, description)),
                new Written(currency, amount, null),
                Source.CALLBACK,
                "{}");
    }
}
