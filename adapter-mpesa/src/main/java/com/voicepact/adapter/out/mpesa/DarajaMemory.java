package com.voicepact.adapter.out.mpesa;

import com.voicepact.application.port.in.SettleMovementCommand;
import com.voicepact.application.port.out.ProviderMovement;
import com.voicepact.application.port.shared.MovementOutcome;
import com.voicepact.domain.common.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What this process learnt from Daraja that Daraja cannot be asked for again: a checkout's amount and our reference
 * (the STK query tells neither), a collection's receipt (only the STK callback brings it; a Reversal needs it), which
 * reversal a refund became (a Reversal carries none of our ids), and the last Account Balance. Bounded (the newest
 * {@value #CAPACITY} of each) and lost on restart: every use of it has a documented answer for "not remembered".
 * Thread-safe.
 */
final class DarajaMemory {

    static final int CAPACITY = 10_000;

    /** A Transaction Status query we sent: the {@code OriginatorConversationID} it asked about and when. */
    record StatusQuery(String lookupId, Instant askedAt) { }

    /**
     * How long after our last B2C attempt under an {@code OriginatorConversationID} a Transaction Status "no such transaction"
     * is believed: a B2C Daraja took but has not yet made visible to Transaction Status must not read as never received. A
     * wrong belief is still harmless (Daraja refuses the resent B2C as a duplicate, which the dispatcher reads as "in flight,
     * ask again"); the margin only keeps such resends rare.
     */
    static final Duration NOT_FOUND_MARGIN = Duration.ofSeconds(30);
    private static final long STATUS_WAIT_MILLIS = 5_000;

    /** A checkout we started: our payment reference, our transaction id (may be null) and the amount asked for. */
    record Checkout(String reference, String transactionId, Money amount) { }

    /** A refund sent as a Reversal: Daraja's {@code ConversationID} and, once its Result came, its outcome. */
    record Reversal(String conversationId, Money amount, MovementOutcome outcome) { }

    private final Map<String, Checkout> checkouts = bounded();
    private final Map<String, String> checkoutByReference = bounded();
    private final Map<String, String> receipts = bounded();
    private final Map<String, Money> claimedAmounts = bounded();
    private final Map<String, Reversal> reversalsByPayoutId = bounded();
    private final Map<String, String> payoutIdByReversal = bounded();
    private final Map<String, MovementOutcome> reversalOutcomes = bounded();
    private final Map<String, String> lookupIdByConversation = bounded();
    private final Map<String, String> conversationByLookupId = bounded();
    private final Map<String, Boolean> acknowledged = bounded();
    private final Map<String, SettleMovementCommand> claimsAwaitingAnswer = bounded();
    private final Map<String, ProviderMovement> answeredPayouts = bounded();
    private final Map<String, Instant> b2cAttempts = bounded();
    private final Map<String, StatusQuery> statusQueries = bounded();
    private final Map<String, Boolean> neverReceived = bounded();
    private int requestsInFlight;
    private int pushesInFlight;
    private Money balance;

    /** An STK push is about to be sent; {@link #pushAnswered()} follows in every case. */
    synchronized void pushing() {
        pushesInFlight++;
    }

    /** The push's answer came (or none will): a callback waiting in {@link #checkoutOvertaken} looks again. */
    synchronized void pushAnswered() {
        pushesInFlight = Math.max(0, pushesInFlight - 1);
        notifyAll();
    }

    synchronized void checkoutStarted(String checkoutRequestId, String reference, String transactionId, Money amount) {
        checkouts.put(checkoutRequestId, new Checkout(reference, transactionId, amount));
        checkoutByReference.put(reference, checkoutRequestId);
        notifyAll();
    }

    synchronized Optional<Checkout> checkout(String checkoutRequestId) {
        return Optional.ofNullable(checkouts.get(checkoutRequestId));
    }

    /**
     * The checkout {@code checkoutRequestId} as {@link #checkout}, for its STK callback: the callback may overtake the
     * push's answer (a payer who pays at once; the local sandbox's test payers), and without our transaction id the
     * application could not tell which payment it paid. So while a push is in flight this waits for its answer, at most
     * {@code waitMillis}.
     */
    synchronized Optional<Checkout> checkoutOvertaken(String checkoutRequestId, long waitMillis) {
        waitWhile(() -> !checkouts.containsKey(checkoutRequestId) && pushesInFlight > 0, waitMillis);
        return checkout(checkoutRequestId);
    }

    synchronized Optional<String> checkoutOf(String reference) {
        return Optional.ofNullable(checkoutByReference.get(reference));
    }

    synchronized void paid(String checkoutRequestId, String receipt) {
        receipts.put(checkoutRequestId, receipt);
    }

    /**
     * The amount an STK callback says was paid for a checkout this process did not start (it started before a restart).
     * Only the STK query's word "paid" makes it an outcome ({@code DarajaPaymentGateway}); the escrow locks only the exact
     * amount it asked for, so a wrong claim is refused there.
     */
    synchronized void claimed(String checkoutRequestId, Money amount) {
        claimedAmounts.put(checkoutRequestId, amount);
    }

    synchronized Optional<Money> claimedAmount(String checkoutRequestId) {
        return Optional.ofNullable(claimedAmounts.get(checkoutRequestId));
    }

    synchronized Optional<String> receiptOf(String checkoutRequestId) {
        return Optional.ofNullable(receipts.get(checkoutRequestId));
    }

    /** A B2C we sent: {@code lookupId} is the {@code OriginatorConversationID} Transaction Status finds it by. */
    synchronized void payoutSent(String conversationId, String lookupId) {
        lookupIdByConversation.put(conversationId, lookupId);
        conversationByLookupId.put(lookupId, conversationId);
    }

    /** The {@code ConversationID} Daraja acknowledged a B2C of ours under, by its {@code OriginatorConversationID}. */
    synchronized Optional<String> conversationOfPayout(String lookupId) {
        return Optional.ofNullable(conversationByLookupId.get(lookupId));
    }

    /** A request whose Result comes by callback (Transaction Status, Reversal, Account Balance) is about to be sent. */
    synchronized void asking() {
        requestsInFlight++;
    }

    /** Daraja acknowledged it under {@code conversationId} (null: refused or unanswered); its Result may now be accepted. */
    synchronized void asked(String conversationId) {
        requestsInFlight = Math.max(0, requestsInFlight - 1);
        if (conversationId != null) {
            acknowledged.put(conversationId, Boolean.TRUE);
        }
        notifyAll();
    }

    /**
     * Whether Daraja acknowledged a request of ours under {@code conversationId}. A Result may overtake the
     * acknowledgement (the sandbox answers within milliseconds), so while a request is in flight this waits for it, at
     * most {@code waitMillis}.
     */
    synchronized boolean acknowledged(String conversationId, long waitMillis) {
        waitWhile(() -> !acknowledged.containsKey(conversationId) && requestsInFlight > 0, waitMillis);
        return acknowledged.containsKey(conversationId);
    }

    synchronized Optional<String> lookupIdOf(String conversationId) {
        return Optional.ofNullable(lookupIdByConversation.get(conversationId));
    }

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
            reversalsByPayoutId.put(payoutId, new Reversal(conversationId, sent == null ? null : sent.amount(), outcome));
        }
        return payoutId;
    }

    synchronized Optional<Reversal> reversalOf(String payoutId) {
        return Optional.ofNullable(reversalsByPayoutId.get(payoutId));
    }

    synchronized Optional<String> payoutIdOfReversal(String conversationId) {
        return Optional.ofNullable(payoutIdByReversal.get(conversationId));
    }

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

    /** A B2C under {@code lookupId} is about to be sent (again): an earlier "no such transaction" no longer holds. */
    synchronized void b2cAttempted(String lookupId, Instant at) {
        b2cAttempts.put(lookupId, at);
        neverReceived.remove(lookupId);
    }

    /** Daraja acknowledged our Transaction Status query about {@code lookupId} under {@code conversationId}. */
    synchronized void statusAsked(String conversationId, String lookupId, Instant askedAt) {
        statusQueries.put(conversationId, new StatusQuery(lookupId, askedAt));
    }

    /**
     * Transaction Status answered "M-Pesa has no such transaction" to our query {@code conversationId}: believed (the next
     * lookup of its payout answers "never received") only when the query was asked at least {@link #NOT_FOUND_MARGIN}
     * after this process's last B2C attempt under that id (none remembered: after a restart the application's lease
     * already put time between the attempt and the query), and never for a B2C Daraja acknowledged to us. Answers the payout id it applies to, if believed.
     */
    synchronized Optional<String> statusNotFound(String conversationId) {
        // the Result may overtake the query's acknowledgement (the sandbox answers within milliseconds)
        waitWhile(() -> !statusQueries.containsKey(conversationId) && requestsInFlight > 0, STATUS_WAIT_MILLIS);
        StatusQuery query = statusQueries.remove(conversationId);
        if (query == null) {
            return Optional.empty();
        }
        Instant attempt = b2cAttempts.get(query.lookupId());
        boolean acknowledgedToUs = conversationByLookupId.containsKey(query.lookupId()); // Daraja's answer proves it has it
        if (acknowledgedToUs || attempt != null && query.askedAt().isBefore(attempt.plus(NOT_FOUND_MARGIN))) {
            return Optional.empty();
        }
        neverReceived.put(query.lookupId(), Boolean.TRUE);
        return Optional.of(query.lookupId());
    }

    /** Whether Transaction Status said it never received a B2C under {@code lookupId}; said once (the resend asks anew). */
    synchronized boolean takeNeverReceived(String lookupId) {
        return neverReceived.remove(lookupId) != null;
    }

    synchronized void balance(Money latest) {
        balance = latest;
    }

    synchronized Optional<Money> balance() {
        return Optional.ofNullable(balance);
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CAPACITY;
            }
        };
    }

    /** Waits (holding this monitor between checks) while {@code pending} holds, at most {@code waitMillis}; every change calls notifyAll. */
    private void waitWhile(java.util.function.BooleanSupplier pending, long waitMillis) {
        long deadline = System.nanoTime() + waitMillis * 1_000_000L;
        while (pending.getAsBoolean()) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
