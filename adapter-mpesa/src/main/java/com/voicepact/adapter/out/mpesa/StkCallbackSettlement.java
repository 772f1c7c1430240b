package com.voicepact.adapter.out.mpesa;

import com.voicepact.adapter.out.mpesa.DarajaCallbacks.StkCallback;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Report;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Source;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Written;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.CurrencyCode;
import java.util.Optional;

/**
 * The STK callback as a settlement of a {@code COLLECTION}: 0 with amount and receipt succeeded (the receipt is
 * remembered for a later Reversal), other codes failed with their reason; a 0 whose {@code Amount} is no number or out
 * of range is a {@code SucceededAsWritten}, recorded and flagged. A callback may overtake the answer of its own push.
 */
final class StkCallbackSettlement {

    /** How long an STK callback waits for the answer of a push in flight that it may have overtaken. */
    static final long PUSH_ANSWER_WAIT_MILLIS = 5_000;

    private final DarajaMemory memory;

    StkCallbackSettlement(DarajaMemory memory) {
        this.memory = memory;
    }

    /**
     * {@code Body.stkCallback} posted to the STK {@code CallBackURL}, with our transaction id when this process sent the push
     * (waiting up to {@link #PUSH_ANSWER_WAIT_MILLIS} for a push still in flight, whose answer the callback overtook).
     */
    Optional<SettleMovementCommand> settle(String body) {
        StkCallback callback = DarajaCallbacks.parseStkCallback(body);
        Optional<DarajaCheckouts.Checkout> started =
                memory.checkouts().checkoutOvertaken(callback.checkoutRequestId(), PUSH_ANSWER_WAIT_MILLIS);
        if (callback.succeededWithUnusableAmount()) { // recorded and flagged, never applied, as AT's "KES abc" is
            return Optional.of(new SettleMovementCommand(
                    MoneyMovement.COLLECTION,
                    callback.checkoutRequestId(),
                    started.map(DarajaCheckouts.Checkout::transactionId).orElse(null),
                    new Report.SucceededAsWritten(),
                    unusable(callback),
                    Source.CALLBACK,
                    body));
        }
        MovementOutcome outcome = SameAmountRule.explained(callback.outcome());
        if (outcome instanceof MovementOutcome.Succeeded paid) {
            memory.checkouts().paid(callback.checkoutRequestId(), paid.receipt());
            if (started.isEmpty()) {
                memory.checkouts().claimed(callback.checkoutRequestId(), paid.amount());
            }
        }
        String ourReference =
                started.map(DarajaCheckouts.Checkout::transactionId).orElse(null);
        return DarajaSettlements.command(
                MoneyMovement.COLLECTION, callback.checkoutRequestId(), ourReference, outcome, body);
    }

    /** A number out of range is kept as a KES amount (a mismatch); text that is no number is kept as unreadable. */
    private static Written unusable(StkCallback callback) {
        if (callback.amount() != null) {
            return new Written(CurrencyCode.KES, callback.amount(), null);
        }
        String text = callback.amountAsWritten();
        return new Written(null, null, null, "KES " + (text.length() <= 39 ? text : text.substring(0, 39)));
    }
}
