package com.voicepact.adapter.out.mpesa;

import com.voicepact.adapter.out.mpesa.DarajaClient.StkPushAck;
import com.voicepact.application.escrow.port.out.CollectionLimits;
import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.KnownMovement;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.MovementsNotListedException;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.escrow.port.out.ProviderMovement;
import com.voicepact.application.escrow.port.out.RefundRequest;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.payment.PayoutLimits;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The payment port on M-Pesa Daraja ({@link DarajaClient}); wire facts in {@code shared/reference/mpesa-daraja.md}.
 *
 * <ul>
 *   <li>{@link #collect}: an STK push with {@code AccountReference} = our payment reference; the provider reference is
 *       the {@code CheckoutRequestID}.</li>
 *   <li>{@link #payOut}: B2C v3 ({@code BusinessPayment}) with {@code OriginatorConversationID} = our payout id, so
 *       Daraja refuses a repeat; the provider reference is the {@code ConversationID}. M-Pesa pays KES 10 to 250,000
 *       in whole shillings per payout ({@link #payoutLimits}): the escrow splits a larger release into several payouts;
 *       one outside the limits is still {@code Refused} here ({@code LIMIT_REACHED}) before anything is sent.</li>
 *   <li>{@link #refund}: a Reversal of the collection's receipt (the one the application recorded on the payment, else
 *       one this process saw); B2C to the payer when no receipt is known or Daraja refuses the Reversal outright (see
 *       {@link #refund} for why that pays at most once).</li>
 *   <li>Lookups: a collection by {@code CheckoutRequestID} is an STK query, answered at once; a payout leg is a
 *       Transaction Status query, answered by a callback ({@code Asked}); see each method for the cases Daraja cannot
 *       answer.</li>
 *   <li>{@link #balance}: Account Balance answers by callback, so the last Utility Account balance a Result brought is
 *       returned and a fresh one asked for.</li>
 * </ul>
 *
 * <p>Callbacks are turned into settle commands by {@link #settlements()}, which shares what this gateway remembers
 * ({@link DarajaMemory}: lost on restart; each method says what it answers then). What money depends on does not rest on
 * it: the collection's receipt comes in {@link RefundRequest#collectionReceipt()}, and the amount and our ids in the
 * {@link KnownMovement} of a lookup, both from what the application stored.
 */
public final class DarajaPaymentGateway implements PaymentGatewayPort {

    static final String STK_DESCRIPTION = "VoicePact";
    /** M-Pesa B2C: KES 10 to 250,000 per payout; M-Pesa moves whole shillings only (shared/reference/mpesa-daraja.md, "Limits"). */
    static final PayoutLimits PAYOUT_LIMITS = new PayoutLimits(
            Money.of(DarajaClient.B2C_MINIMUM, CurrencyCode.KES),
            Money.of(DarajaClient.MAXIMUM, CurrencyCode.KES),
            Money.of(BigDecimal.ONE, CurrencyCode.KES));

    private final DarajaClient client;
    private final DarajaMemory memory = new DarajaMemory();
    private final DarajaSettlements settlements = new DarajaSettlements(memory);
    private final SameAmountRule sameAmountRule = new SameAmountRule();
    private final DarajaPaymentCallbacks callbacks = new DarajaPaymentCallbacks(settlements, memory);
    private final DarajaPayouts payouts;
    private final DarajaLookups lookups;
    private final DarajaBalance balance;

    public DarajaPaymentGateway(DarajaClient client) {
        this.client = client;
        this.payouts = new DarajaPayouts(client, memory);
        this.lookups = new DarajaLookups(client, memory);
        this.balance = new DarajaBalance(client, memory);
    }

    /** M-Pesa's limits of one STK push: KES 1 to KES 250,000 (shared/reference/mpesa-daraja.md, "Limits"). */
    public static final CollectionLimits COLLECTION_LIMITS = new CollectionLimits(
            Money.of(DarajaClient.STK_MINIMUM, CurrencyCode.KES), Money.of(DarajaClient.MAXIMUM, CurrencyCode.KES));

    /** KES 1 to KES 250,000 per STK push: {@link #COLLECTION_LIMITS}. */
    @Override
    public Optional<CollectionLimits> collectionLimits() {
        return Optional.of(COLLECTION_LIMITS);
    }

    /** The mapping of Daraja's callbacks to settle commands, sharing this gateway's memory of receipts and reversals. */
    public DarajaSettlements settlements() {
        return settlements;
    }

    /** Whether Daraja answered this gateway's calls lately ({@code /health}'s {@code payment_service} on M-Pesa). */
    public DarajaHealth health() {
        return client.health();
    }

    /** Daraja's callbacks for the application ({@code PaymentCallbacksPort}), sharing this gateway's memory. */
    public DarajaPaymentCallbacks callbacks() {
        return callbacks;
    }

    /**
     * An STK push. {@code Refused} without a call when the amount is not whole shillings in KES 1 to 250,000, the payer
     * is not a Kenyan number, or M-Pesa would refuse it as a repeat of the same amount within two minutes
     * ({@code DUPLICATE}, with the time to try again: see {@link SameAmountRule}). Spike arrest or quota throws a
     * non-ambiguous {@link GatewayException} (nothing was sent to the payer's phone: the operator tries again later).
     */
    @Override
    public GatewayAnswer collect(CollectionRequest request) {
        Optional<GatewayAnswer> refusal = DarajaRefusals.outsideLimits(
                        request.amount(), DarajaClient.STK_MINIMUM, "collection")
                .or(() -> DarajaRefusals.notKenyan(request.payer()))
                .or(() -> sameAmountRule.refusal(
                        request.payer(), request.amount(), client.clock().instant()));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        memory.checkouts().pushing(); // its callback may overtake its answer: the callback waits for it
        // (DarajaCheckouts.checkoutOvertaken)
        try {
            DarajaAnswer<StkPushAck> answer = client.stkPush(new DarajaRequests.StkPush(
                    request.payer(), request.amount(), request.reference(), STK_DESCRIPTION));
            if (answer instanceof DarajaAnswer.Accepted<StkPushAck> accepted) {
                StkPushAck ack = accepted.value();
                memory.checkouts()
                        .checkoutStarted(
                                ack.checkoutRequestId(),
                                request.reference(),
                                request.metadata().get("transaction_id"),
                                request.amount());
                sameAmountRule.pushed(
                        request.payer(), request.amount(), client.clock().instant());
                return new GatewayAnswer.Accepted(ack.checkoutRequestId(), ack.customerMessage());
            }
            return DarajaRefusals.refused((DarajaAnswer.Refused<StkPushAck>) answer, "STK push");
        } finally {
            memory.checkouts().pushAnswered();
        }
    }

    /** B2C v3 to the recipient, refused before sending outside M-Pesa's limits: see {@link DarajaPayouts#payOut}. */
    @Override
    public GatewayAnswer payOut(PayoutRequest request) {
        return payouts.payOut(request);
    }

    /** A Reversal of the collection's receipt, else a B2C to the payer, paid at most once: see {@link DarajaPayouts#refund}. */
    @Override
    public GatewayAnswer refund(RefundRequest request) {
        return payouts.refund(request);
    }

    /** An STK query for a collection, Transaction Status or memory for a payout leg: see {@link DarajaLookups}. */
    @Override
    public Lookup findByProviderReference(MoneyMovement movement, String providerReference) {
        return lookups.findByProviderReference(movement, providerReference);
    }

    /** As the two-argument lookup, completed by what the application stored: see {@link DarajaLookups}. */
    @Override
    public Lookup findByProviderReference(MoneyMovement movement, String providerReference, KnownMovement known) {
        return lookups.findByProviderReference(movement, providerReference, known);
    }

    /** A checkout this process started, a payout or a refund by our id: see {@link DarajaLookups#findByOurReference}. */
    @Override
    public Lookup findByOurReference(MoneyMovement movement, String ourReference) {
        return lookups.findByOurReference(movement, ourReference);
    }

    /** The last Account Balance Result's Utility Account balance, a fresh one asked for: see {@link DarajaBalance#balance}. */
    @Override
    public Money balance() {
        return balance.balance();
    }

    /** M-Pesa B2C's limits: KES 10 to 250,000 per payout, in whole shillings. */
    @Override
    public PayoutLimits payoutLimits() {
        return PAYOUT_LIMITS;
    }

    /**
     * Daraja has no API listing our movements (its Pull Transactions API is a separate product VoicePact does not use):
     * reconciliation cannot ask it.
     *
     * @throws GatewayException always (not ambiguous)
     */
    @Override
    public List<ProviderMovement> movementsBetween(Instant from, Instant to) {
        throw new MovementsNotListedException(
                "M-Pesa Daraja lists no transactions: compare these payments with the M-Pesa statement"
                        + " of the collection and B2C shortcodes (M-Pesa Org Portal)");
    }
}
