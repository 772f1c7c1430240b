package com.voicepact.application.fakes;

import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.escrow.port.out.ProviderMovement;
import com.voicepact.application.escrow.port.out.RefundRequest;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.GatewayException;
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
 * amounts 20 and 30 are refused) and switches for outages, timeouts and a crash mid-payout. It keeps
 * its transactions in its own words ({@link ProviderTransaction}: status {@code Success}, {@code Failed},
 * {@code Pending}) and answers the port in typed terms, as an adapter does. It answers every lookup at
 * once unless {@link #answerLookupsLater()} makes it an asynchronous provider.
 */
public final class InMemoryPaymentGateway implements PaymentGatewayPort {

    /** A transaction as this fake provider keeps it. {@code clientReference}: our reference or payout id. */
    public record ProviderTransaction(
            String providerTransactionId, String clientReference, String status, Money value, Money fee, Instant at) {

        boolean isPayout() {
            return providerTransactionId.startsWith("ATPid_B2C_");
        }

        ProviderMovement typed() {
            MovementOutcome outcome = switch (status) {
                case "Success" -> new MovementOutcome.Succeeded(value, providerTransactionId);
                case "Failed" -> new MovementOutcome.Failed(FailureReason.OTHER, "Failed");
                default -> new MovementOutcome.Pending();
            };
            return new ProviderMovement(
                    isPayout() ? MoneyMovement.PAYOUT : MoneyMovement.COLLECTION,
                    providerTransactionId,
                    clientReference,
                    outcome,
                    value,
                    fee,
                    at);
        }
    }

    /** Stands for the JVM dying: not an exception any service catches. */
    public static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash after the provider received the payout");
        }
    }

    private final ClockPort clock;
    private final Map<String, ProviderTransaction> transactions = new LinkedHashMap<>();
    private final List<CollectionRequest> checkouts = new ArrayList<>();
    private final List<PayoutRequest> payouts = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile boolean unavailable;
    private String movementsNotListed;
    private volatile boolean nextCallTimesOut;
    private volatile boolean crashAfterNextPayout;
    private volatile boolean loseNextCheckoutAnswer;
    private volatile boolean answerLookupsLater;
    private volatile FailureReason refuseNextPayout;
    private final List<String> askedLater = new ArrayList<>();
    private Money wallet = Money.zero(CurrencyCode.KES);

    public InMemoryPaymentGateway(ClockPort clock) {
        this.clock = clock;
    }

    @Override
    public synchronized GatewayAnswer collect(CollectionRequest request) {
        failIfSwitchedOn();
        checkouts.add(request);
        String amount = request.amount().amount().stripTrailingZeros().toPlainString();
        if (request.payer().e164().equals("+254711000001")) {
            return new GatewayAnswer.Refused(FailureReason.OTHER, "Failed");
        }
        if (amount.equals("20")) {
            return new GatewayAnswer.Refused(FailureReason.INSUFFICIENT_FUNDS, "Insufficient funds");
        }
        if (amount.equals("30")) {
            return new GatewayAnswer.Refused(FailureReason.RECIPIENT_INVALID, "Invalid account");
        }
        String id = "ATPid_" + ids.incrementAndGet();
        transactions.put(
                id, new ProviderTransaction(id, request.reference(), "Pending", request.amount(), null, clock.now()));
        if (loseNextCheckoutAnswer) {
            loseNextCheckoutAnswer = false;
            throw new GatewayException("read timed out after the provider received the checkout", true, null);
        }
        return new GatewayAnswer.Accepted(id, "Waiting for user input");
    }

    @Override
    public synchronized GatewayAnswer payOut(PayoutRequest request) {
        failIfSwitchedOn();
        payouts.add(request);
        return b2c(request);
    }

    /** Like AT, this provider cannot reverse: a refund is a payment to the payer, recorded with the payouts. */
    @Override
    public synchronized GatewayAnswer refund(RefundRequest request) {
        failIfSwitchedOn();
        PayoutRequest payment = new PayoutRequest(request.payoutId(), request.payer(), request.amount());
        payouts.add(payment);
        return b2c(payment);
    }

    private GatewayAnswer b2c(PayoutRequest request) {
        if (refuseNextPayout != null && refuseNextPayout != FailureReason.DUPLICATE) {
            FailureReason reason = refuseNextPayout;
            refuseNextPayout = null;
            return new GatewayAnswer.Refused(reason, "refused by the test");
        }
        String id = "ATPid_B2C_" + ids.incrementAndGet();
        transactions.put(
                id, new ProviderTransaction(id, request.payoutId(), "Pending", request.amount(), null, clock.now()));
        if (refuseNextPayout == FailureReason.DUPLICATE) { // as a provider that already had a copy of this request
            refuseNextPayout = null;
            return new GatewayAnswer.Refused(FailureReason.DUPLICATE, "a request with this id exists");
        }
        if (crashAfterNextPayout) {
            crashAfterNextPayout = false;
            throw new SimulatedCrash();
        }
        return new GatewayAnswer.Accepted(id, "Queued");
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
        ProviderTransaction done = new ProviderTransaction(
                t.providerTransactionId(), t.clientReference(), status, t.value(), null, t.at());
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
    public synchronized Lookup findByProviderReference(MoneyMovement movement, String providerReference) {
        failIfSwitchedOn();
        return answer(providerReference, Optional.ofNullable(transactions.get(providerReference)));
    }

    @Override
    public synchronized Lookup findByOurReference(MoneyMovement movement, String ourReference) {
        failIfSwitchedOn();
        boolean payout = movement != MoneyMovement.COLLECTION;
        return answer(
                ourReference,
                transactions.values().stream()
                        .filter(t -> ourReference.equals(t.clientReference()) && t.isPayout() == payout)
                        .findFirst());
    }

    private Lookup answer(String asked, Optional<ProviderTransaction> known) {
        if (answerLookupsLater) {
            askedLater.add(asked);
            return new Lookup.Asked("Q_" + ids.incrementAndGet());
        }
        return known.<Lookup>map(t -> new Lookup.Found(t.typed())).orElseGet(Lookup.NotFound::new);
    }

    @Override
    public synchronized Money balance() {
        failIfSwitchedOn();
        return wallet;
    }

    @Override
    public synchronized List<ProviderMovement> movementsBetween(Instant from, Instant to) {
        failIfSwitchedOn();
        if (movementsNotListed != null) {
            throw new com.voicepact.application.escrow.port.out.MovementsNotListedException(movementsNotListed);
        }
        return transactions.values().stream()
                .filter(t -> !t.at().isBefore(from) && t.at().isBefore(to))
                .map(ProviderTransaction::typed)
                .toList();
    }

    public synchronized List<CollectionRequest> checkouts() {
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

    /** From now on the provider lists no movements, as M-Pesa Daraja: {@code why} is its operator-facing message. */
    public synchronized void listNoMovements(String why) {
        this.movementsNotListed = why;
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

    /**
     * The provider refuses the next payout or refund it receives, for this reason; {@code DUPLICATE} as a provider that
     * already had a copy of the request: it keeps the payout (pending) and refuses the repeat.
     */
    public void refuseNextPayout(FailureReason reason) {
        this.refuseNextPayout = reason;
    }

    /** From now on lookups answer {@link Lookup.Asked}, as Daraja's asynchronous queries do; the answer is the test's to deliver. */
    public void answerLookupsLater() {
        this.answerLookupsLater = true;
    }

    /** The references asked about while lookups are answered later. */
    public synchronized List<String> askedLater() {
        return List.copyOf(askedLater);
    }

    public void crashAfterNextPayout() {
        this.crashAfterNextPayout = true;
    }
}
