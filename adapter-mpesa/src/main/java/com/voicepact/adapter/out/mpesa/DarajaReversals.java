package com.voicepact.adapter.out.mpesa;

import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.Money;
import java.util.Map;
import java.util.Optional;

/**
 * The refunds this process sent as a Reversal ({@link DarajaMemory#reversals()}): a Reversal and its Result carry none of
 * our ids, so which payout each became is remembered here, with its outcome once the Result came. Bounded like
 * {@link DarajaMemory} and lost on restart. Thread-safe.
 */
final class DarajaReversals {

    /** A refund sent as a Reversal: Daraja's {@code ConversationID} and, once its Result came, its outcome. */
    record Reversal(String conversationId, Money amount, MovementOutcome outcome) {}

    private final Map<String, Reversal> reversalsByPayoutId = DarajaMemory.bounded();
    private final Map<String, String> payoutIdByReversal = DarajaMemory.bounded();
    private final Map<String, MovementOutcome> reversalOutcomes = DarajaMemory.bounded();

    /** A Reversal Daraja accepted; its Result may have come already (the sandbox answers within milliseconds). */
    synchronized void reversalSent(String payoutId, String conversationId, Money amount) {
        MovementOutcome known = reversalOutcomes.getOrDefault(conversationId, new MovementOutcome.Pending());
        reversalsByPayoutId.put(payoutId, new Reversal(conversationId, amount, known));
        payoutIdByReversal.put(conversationId, payoutId);
    }

    /** The Result of a reversal: our payout id, or {@code null} when this process did not send it (or not yet learnt it did). */
    synchronized String reversalSettled(String conversationId, MovementOutcome outcome) {
        reversalOutcomes.put(conversationId, outcome);
        String payoutId = payoutIdByReversal.get(conversationId);
        if (payoutId != null) {
            Reversal sent = reversalsByPayoutId.get(payoutId);
            reversalsByPayoutId.put(
                    payoutId, new Reversal(conversationId, sent == null ? null : sent.amount(), outcome));
        }
        return payoutId;
    }

    synchronized Optional<Reversal> reversalOf(String payoutId) {
        return Optional.ofNullable(reversalsByPayoutId.get(payoutId));
    }

    synchronized Optional<String> payoutIdOfReversal(String conversationId) {
        return Optional.ofNullable(payoutIdByReversal.get(conversationId));
    }
}
