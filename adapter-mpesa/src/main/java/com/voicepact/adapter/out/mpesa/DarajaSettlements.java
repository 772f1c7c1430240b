package com.voicepact.adapter.out.mpesa;

import com.voicepact.adapter.out.mpesa.DarajaResults.B2cResult;
import com.voicepact.adapter.out.mpesa.DarajaResults.ReversalResult;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Source;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import java.util.Optional;

/**
 * Every body Daraja posts back, turned into the application's {@link SettleMovementCommand} (source {@code CALLBACK},
 * the raw body as evidence), or into nothing when the body is no final word on a movement. Wire facts:
 * {@code shared/reference/mpesa-daraja.md}.
 *
 * <table>
 *   <tr><th>callback</th><th>command</th></tr>
 *   <tr><td>STK callback</td><td>{@code COLLECTION} by {@code CheckoutRequestID}: 0 with amount and receipt succeeded
 *       (the receipt is remembered for a later Reversal), other codes failed with their reason; a 0 lacking amount or
 *       receipt: nothing (the STK query settles it); a 0 whose {@code Amount} is no number or out of range: a success
 *       {@code SucceededAsWritten} with the amount as written ({@code unreadable} when no number), recorded and flagged</td></tr>
 *   <tr><td>B2C Result</td><td>{@code PAYOUT} by {@code ConversationID}, our payout id from {@code OriginatorConversationID};
 *       {@code REFUND} when that id is a refund's (see {@link #refundLookupId})</td></tr>
 *   <tr><td>queue-timeout notice</td><td>nothing: it never says whether the money moved (Transaction Status settles it)</td></tr>
 *   <tr><td>Transaction Status Result</td><td>the looked-up payout, refund or reversal by its {@code ConversationID}
 *       parameter; nothing when the query itself failed, the transaction is still under way, or it is a collection
 *       (collections are settled by the STK query)</td></tr>
 *   <tr><td>Reversal Result</td><td>{@code REVERSAL} by {@code ConversationID}; "already reversed" ({@code R000001}):
 *       nothing, because an earlier reversal of ours returned the money and its own Result settles it</td></tr>
 *   <tr><td>Account Balance Result</td><td>nothing; its Utility Account becomes the balance {@code balance()} answers</td></tr>
 * </table>
 *
 * @throws IllegalArgumentException from every method when the body is not the callback it should be (answer 400)
 */
public final class DarajaSettlements {

    /** Appended to a payout id to make the {@code OriginatorConversationID} of the B2C that refunds a payer. */
    static final String REFUND_SUFFIX = "-RB2C";
    /** Daraja's Reversal result code for a receipt already reversed. */
    static final String ALREADY_REVERSED = "R000001";

    static final String PAYOUT_ACCOUNT = "Utility Account";

    private final DarajaMemory memory;
    private final DarajaStatusResults statusResults;
    private final StkCallbackSettlement stkCallbacks;

    DarajaSettlements(DarajaMemory memory) {
        this.memory = memory;
        this.statusResults = new DarajaStatusResults(memory);
        this.stkCallbacks = new StkCallbackSettlement(memory);
    }

    /**
     * The {@code OriginatorConversationID} of the B2C that refunds a payer for our payout {@code payoutId}: distinct from
     * any payout's, so a B2C Result says which way the money went, and the same on every attempt, so Daraja refuses a
     * second refund B2C for the same payout ({@code 500.002.1001}).
     */
    public static String refundLookupId(String payoutId) {
        return payoutId + REFUND_SUFFIX;
    }

    /**
     * {@code Body.stkCallback} posted to the STK {@code CallBackURL}, with our transaction id when this process sent the push
     * (see {@link StkCallbackSettlement}).
     */
    public Optional<SettleMovementCommand> stkCallback(String body) {
        return stkCallbacks.settle(body);
    }

    /** A B2C {@code Result} posted to the B2C {@code ResultURL}. */
    public Optional<SettleMovementCommand> b2cResult(String body) {
        B2cResult result = DarajaCallbacks.parseB2cResult(body);
        String originator = result.result().originatorConversationId();
        boolean refund = originator.endsWith(REFUND_SUFFIX);
        return command(
                refund ? MoneyMovement.REFUND : MoneyMovement.PAYOUT,
                result.result().conversationId(),
                DarajaStatusResults.ourId(originator),
                result.outcome(),
                body);
    }

    /** A notice at any {@code QueueTimeOutURL}: never a verdict (it may even come before the Result). */
    public Optional<SettleMovementCommand> queueTimeout(String body) {
        DarajaCallbacks.parseQueueTimeout(body);
        return Optional.empty();
    }

    /**
     * A Transaction Status {@code Result}: the verdict on the transaction it looked up, remembered as Daraja's answer for
     * that payout leg (a later lookup of it answers {@code Found} at once, see {@link DarajaPaymentGateway}). "No such
     * transaction" (code 20) for a B2C we asked about settles nothing: the next lookup of that payout answers
     * {@code NotFound}, so the dispatcher sends it once more ({@link DarajaMemory#statusNotFound} says when it is believed).
     */
    public Optional<SettleMovementCommand> transactionStatusResult(String body) {
        Lookup lookup = lookupOf(body);
        // the next lookup of that payout answers "never received" (DarajaMemory)
        if (lookup instanceof Lookup.NotFound) {
            memory.statusNotFound(
                    DarajaCallbacks.parseTransactionStatusResult(body).result().conversationId());
            return Optional.empty();
        }
        if (lookup instanceof Lookup.Found found && isFinal(found.movement().outcome())) {
            memory.statusAnswers().answered(found.movement());
            return command(
                    found.movement().movement(),
                    found.movement().providerReference(),
                    found.movement().ourReference(),
                    found.movement().outcome(),
                    body);
        }
        return Optional.empty();
    }

    /**
     * A Transaction Status {@code Result} as the answer to a lookup ({@link DarajaStatusResults#lookupOf}): {@code Found}
     * for a payout, refund or reversal, {@code NotFound} when M-Pesa does not know the id, else {@code Asked}.
     */
    public Lookup lookupOf(String statusResultBody) {
        return statusResults.lookupOf(statusResultBody);
    }

    /** A Reversal {@code Result}. */
    public Optional<SettleMovementCommand> reversalResult(String body) {
        ReversalResult reversal = DarajaCallbacks.parseReversalResult(body);
        if (ALREADY_REVERSED.equals(reversal.result().resultCode())) {
            return Optional.empty();
        }
        String conversation = reversal.result().conversationId();
        MovementOutcome outcome = reversal.outcome();
        // our payout id only if the Reversal's answer reached us first: a Reversal echoes none of our ids
        String payoutId = isFinal(outcome)
                ? memory.reversals().reversalSettled(conversation, outcome)
                : memory.reversals().payoutIdOfReversal(conversation).orElse(null);
        return command(MoneyMovement.REVERSAL, conversation, payoutId, outcome, body);
    }

    /** An Account Balance {@code Result}: remembers the payout account's balance; moves nothing. */
    public Optional<SettleMovementCommand> accountBalanceResult(String body) {
        DarajaResults.AccountBalanceResult balance = DarajaCallbacks.parseAccountBalanceResult(body);
        balance.account(PAYOUT_ACCOUNT).ifPresent(account -> memory.balance(account.amount()));
        return Optional.empty();
    }

    static Optional<SettleMovementCommand> command(
            MoneyMovement movement,
            String providerReference,
            String ourReference,
            MovementOutcome outcome,
            String body) {
        if (!isFinal(outcome) || providerReference == null || providerReference.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(SettleMovementCommand.of(
                movement, providerReference, ourReference, outcome, null, Source.CALLBACK, body));
    }

    static boolean isFinal(MovementOutcome outcome) {
        return outcome instanceof MovementOutcome.Succeeded || outcome instanceof MovementOutcome.Failed;
    }
}
