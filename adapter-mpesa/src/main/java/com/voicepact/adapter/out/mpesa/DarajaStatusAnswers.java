package com.voicepact.adapter.out.mpesa;

import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.out.ProviderMovement;
import java.util.Map;
import java.util.Optional;

/**
 * Transaction Status's final word on payout legs, for later lookups, and the B2C Results (a payout leg's callback report)
 * waiting for the Transaction Status that confirms them ({@link DarajaMemory#statusAnswers()}), both by the leg's
 * {@code ConversationID}. Bounded like {@link DarajaMemory} and lost on restart. Thread-safe.
 */
final class DarajaStatusAnswers {

    private final Map<String, SettleMovementCommand> claimsAwaitingAnswer = DarajaMemory.bounded();
    private final Map<String, ProviderMovement> answeredPayouts = DarajaMemory.bounded();

    /**
     * A payout leg's callback report (B2C Result) waiting for the Transaction Status that confirms it, by the payout's
     * {@code ConversationID}: the status Result carries it back to the application, which judges it against the answer.
     */
    synchronized void claimAwaitingAnswer(SettleMovementCommand claim) {
        claimsAwaitingAnswer.put(claim.providerReference(), claim);
    }

    synchronized Optional<SettleMovementCommand> takeClaim(String conversationId) {
        return Optional.ofNullable(claimsAwaitingAnswer.remove(conversationId));
    }

    /** Transaction Status's final word on a payout leg (by its {@code ConversationID}), for later lookups. */
    synchronized void answered(ProviderMovement movement) {
        answeredPayouts.put(movement.providerReference(), movement);
    }

    synchronized Optional<ProviderMovement> answerOf(String conversationId) {
        return Optional.ofNullable(answeredPayouts.get(conversationId));
    }
}
