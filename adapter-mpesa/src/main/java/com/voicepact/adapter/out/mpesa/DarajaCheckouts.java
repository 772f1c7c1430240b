package com.voicepact.adapter.out.mpesa;

import com.voicepact.domain.common.Money;
import java.util.Map;
import java.util.Optional;

/**
 * The STK checkouts this process started ({@link DarajaMemory#checkouts()}): their amount and our reference (the STK query
 * tells neither), their receipt (only the STK callback brings it; a Reversal needs it), and the amount a callback claimed
 * for a checkout started before a restart. Bounded like {@link DarajaMemory} and lost on restart. Thread-safe.
 */
final class DarajaCheckouts {

    /** A checkout we started: our payment reference, our transaction id (may be null) and the amount asked for. */
    record Checkout(String reference, String transactionId, Money amount) {}

    private final Map<String, Checkout> checkouts = DarajaMemory.bounded();
    private final Map<String, String> checkoutByReference = DarajaMemory.bounded();
    private final Map<String, String> receipts = DarajaMemory.bounded();
    private final Map<String, Money> claimedAmounts = DarajaMemory.bounded();
    private int pushesInFlight;

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
        DarajaMemory.waitWhile(this, () -> !checkouts.containsKey(checkoutRequestId) && pushesInFlight > 0, waitMillis);
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
}
