package com.voicepact.adapter.out.mpesa;

import com.voicepact.domain.common.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What this process learnt from Daraja that Daraja cannot be asked for again: the checkouts it started
 * ({@link DarajaCheckouts}: amount and our reference, which the STK query tells neither, and the receipt a Reversal needs),
 * which reversal a refund became ({@link DarajaReversals}: a Reversal carries none of our ids), Transaction Status's answers
 * ({@link DarajaStatusAnswers}), which B2C and status queries Daraja acknowledged, and the last Account Balance. Bounded
 * (the newest {@value #CAPACITY} of each) and lost on restart: every use of it has a documented answer for "not
 * remembered". Thread-safe.
 */
final class DarajaMemory {

    static final int CAPACITY = 10_000;

    /** A Transaction Status query we sent: the {@code OriginatorConversationID} it asked about and when. */
    record StatusQuery(String lookupId, Instant askedAt) {}

    /**
     * How long after our last B2C attempt under an {@code OriginatorConversationID} a Transaction Status "no such transaction"
     * is believed: a B2C Daraja took but has not yet made visible to Transaction Status must not read as never received. A
     * wrong belief is still harmless (Daraja refuses the resent B2C as a duplicate, which the dispatcher reads as "in flight,
     * ask again"); the margin only keeps such resends rare.
     */
    static final Duration NOT_FOUND_MARGIN = Duration.ofSeconds(30);

    private static final long STATUS_WAIT_MILLIS = 5_000;

    private final Map<String, String> lookupIdByConversation = bounded();
    private final Map<String, String> conversationByLookupId = bounded();
    private final Map<String, Boolean> acknowledged = bounded();
    private final Map<String, Instant> b2cAttempts = bounded();
    private final Map<String, StatusQuery> statusQueries = bounded();
    private final Map<String, Boolean> neverReceived = bounded();
    private final DarajaCheckouts checkouts = new DarajaCheckouts();
    private final DarajaReversals reversals = new DarajaReversals();
    private final DarajaStatusAnswers statusAnswers = new DarajaStatusAnswers();
    private int requestsInFlight;
    private Money balance;

    /** The checkouts this process started, their receipts and claimed amounts. */
    DarajaCheckouts checkouts() {
        return checkouts;
    }

    /** The refunds this process sent as a Reversal, by our payout id and by Daraja's {@code ConversationID}. */
    DarajaReversals reversals() {
        return reversals;
    }

    /** Transaction Status's answers on payout legs, and the B2C Results waiting for one. */
    DarajaStatusAnswers statusAnswers() {
        return statusAnswers;
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
        boolean acknowledgedToUs =
                conversationByLookupId.containsKey(query.lookupId()); // Daraja's answer proves it has it
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

    static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > CAPACITY;
            }
        };
    }

    private void waitWhile(java.util.function.BooleanSupplier pending, long waitMillis) {
        waitWhile(this, pending, waitMillis);
    }

    /**
     * Waits on {@code monitor}, whose lock the caller holds (released between checks), while {@code pending} holds, at
     * most {@code waitMillis}; every change to what {@code pending} reads calls {@code notifyAll} on it.
     */
    static void waitWhile(Object monitor, java.util.function.BooleanSupplier pending, long waitMillis) {
        long deadline = System.nanoTime() + waitMillis * 1_000_000L;
        while (pending.getAsBoolean()) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return;
            }
            try {
                monitor.wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
