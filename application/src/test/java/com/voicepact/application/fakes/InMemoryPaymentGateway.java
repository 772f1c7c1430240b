package com.voicepact.application.fakes;

import com.voicepact.application.port.out.ClockPort;
import com.voicepact.application.port.out.GatewayException;
import com.voicepact.application.port.out.PaymentGatewayPort;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mobile-money provider in memory, with the sandbox's test behaviours (phone +254711000001 and
 * amounts 20 and 30 are refused) and switches for outages, timeouts and a crash mid-payout.
 */
public final class InMemoryPaymentGateway implements PaymentGatewayPort {

    /** Stands for the JVM dying: not an exception any service catches. */
    public static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash after the provider received the payout");
        }
    }

    private final ClockPort clock;
    private final Map<String, ProviderTransaction> transactions = new LinkedHashMap<>();
    private final List<CheckoutRequest> checkouts = new ArrayList<>();
    private final List<PayoutRequest> payouts = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile boolean unavailable;
    private volatile boolean nextCallTimesOut;
    private volatile boolean crashAfterNextPayout;
    private volatile boolean loseNextCheckoutAnswer;
    private Money wallet = Money.zero(CurrencyCode.KES);

    public InMemoryPaymentGateway(ClockPort clock) {
        this.clock = clock;
    }

    @Override
    public synchronized GatewayAnswer checkout(CheckoutRequest request) {
        failIfSwitchedOn();
        checkouts.add(request);
        String amount = request.amount().amount().stripTrailingZeros().toPlainString();
        if (request.payer().e164().equals("+254711000001")) {
            return GatewayAnswer.refused(Refusal.OTHER, "Failed");
        }
        if (amount.equals("20")) {
            return GatewayAnswer.refused(Refusal.INSUFFICIENT_FUNDS, "Insufficient funds");
        }
        if (amount.equals("30")) {
            return GatewayAnswer.refused(Refusal.INVALID_REQUEST, "Invalid account");
        }
        String id = "ATPid_" + ids.incrementAndGet();
        transactions.put(id, new ProviderTransaction(id, request.reference(), "Pending", request.amount(), null, clock.now()));
        if (loseNextCheckoutAnswer) {
            loseNextCheckoutAnswer = false;
            throw new GatewayException("read timed out after the provider received the checkout", true, null);
        }
        return GatewayAnswer.accepted(id, "Waiting for user input");
    }

    @Override
    public synchronized GatewayAnswer payout(PayoutRequest request) {
        failIfSwitchedOn();
        payouts.add(request);
        String id = "ATPid_B2C_" + ids.incrementAndGet();
        transactions.put(id, new ProviderTransaction(id, request.payoutId(), "Pending", request.amount(), null, clock.now()));
        if (crashAfterNextPayout) {
            crashAfterNextPayout = false;
            throw new SimulatedCrash();
        }
        return GatewayAnswer.accepted(id, "Queued");
    }

    private void failIfSwitchedOn() {
        if (unavailable) {
            throw new GatewayException("connection refused", false, null);
        }
        if (nextCallTimesOut) {
            nextCallTimesOut = false;
            throw new GatewayException("read timed out", true, null);
        }
    }

    /** The provider finishes a transaction (the payer typed the PIN, or the payout went through). */
    public synchronized ProviderTransaction complete(String providerId, String status) {
        ProviderTransaction t = transactions.get(providerId);
        ProviderTransaction done = new ProviderTransaction(t.providerTransactionId(), t.clientReference(), status, t.value(),
                null, t.at());
        transactions.put(providerId, done);
        if (status.equals("Success")) {
            wallet = t.clientReference().contains("-P") ? wallet.minus(t.value()) : wallet.plus(t.value());
        }
        return done;
    }

    /** A transaction only the provider knows about (for reconciliation tests). */
    public synchronized void addForeignTransaction(String id, Money value) {
        transactions.put(id, new ProviderTransaction(id, "FOREIGN", "Success", value, null, clock.now()));
    }

    @Override
    public synchronized Optional<ProviderTransaction> findTransaction(String providerTransactionId) {
        failIfSwitchedOn();
        return Optional.ofNullable(transactions.get(providerTransactionId));
    }

    @Override
    public synchronized Optional<ProviderTransaction> findPayout(String payoutId) {
        failIfSwitchedOn();
        return transactions.values().stream().filter(t -> payoutId.equals(t.clientReference())).findFirst();
    }

    @Override
    public synchronized Optional<ProviderTransaction> findCheckout(String reference) {
        failIfSwitchedOn();
        return transactions.values().stream().filter(t -> reference.equals(t.clientReference())).findFirst();
    }

    @Override
    public synchronized Money balance() {
        failIfSwitchedOn();
        return wallet;
    }

    @Override
    public synchronized List<ProviderTransaction> transactionsBetween(Instant from, Instant to) {
        failIfSwitchedOn();
        return transactions.values().stream().filter(t -> !t.at().isBefore(from) && t.at().isBefore(to)).toList();
    }

    public synchronized List<CheckoutRequest> checkouts() {
        return List.copyOf(checkouts);
    }

    public synchronized List<PayoutRequest> payouts() {
        return List.copyOf(payouts);
    }

    public synchronized String lastProviderId() {
        return "ATPid_" + ids.get();
    }

    /** The provider's status query no longer finds this checkout (AT's query answers "not found"), so it expires. */
    public synchronized ProviderTransaction forget(String providerId) {
        return transactions.remove(providerId);
    }

    /** The provider brings a forgotten checkout back as paid: a late success for an expired payment. */
    public synchronized void remember(ProviderTransaction transaction, String status) {
        transactions.put(transaction.providerTransactionId(), transaction);
        complete(transaction.providerTransactionId(), status);
    }

    /** Everything the provider knows, read by a test (no outage or timeout switch applies). */
    public synchronized List<ProviderTransaction> allTransactions() {
        return List.copyOf(transactions.values());
    }

    public void setUnavailable(boolean down) {
        this.unavailable = down;
    }

    public void timeOutNextCall() {
        this.nextCallTimesOut = true;
    }

    /** The next checkout reaches the provider, but its answer is lost on the way back (an ambiguous timeout). */
    public void loseNextCheckoutAnswer() {
        this.loseNextCheckoutAnswer = true;
    }

    public void crashAfterNextPayout() {
        this.crashAfterNextPayout = true;
    }
}
