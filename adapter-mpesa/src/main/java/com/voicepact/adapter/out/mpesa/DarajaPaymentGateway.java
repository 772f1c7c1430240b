package com.voicepact.adapter.out.mpesa;

import com.voicepact.application.port.out.CollectionRequest;
import com.voicepact.application.port.out.PayoutRequest;
import com.voicepact.application.port.out.RefundRequest;
import com.voicepact.application.port.out.KnownMovement;
import com.voicepact.application.port.out.GatewayAnswer;
import com.voicepact.application.port.out.ProviderMovement;
import com.voicepact.application.port.out.Lookup;
import com.voicepact.application.port.out.CollectionLimits;
import com.voicepact.adapter.out.mpesa.DarajaClient.B2cCommand;
import com.voicepact.adapter.out.mpesa.DarajaClient.DarajaAck;
import com.voicepact.adapter.out.mpesa.DarajaClient.StkPushAck;
import com.voicepact.adapter.out.mpesa.DarajaClient.StkQueryAnswer;
import com.voicepact.adapter.out.mpesa.DarajaClient.TransactionLookup;
import com.voicepact.application.port.out.GatewayException;
import com.voicepact.application.port.out.MovementsNotListedException;
import com.voicepact.application.port.out.PaymentGatewayPort;
import com.voicepact.application.port.shared.FailureReason;
import com.voicepact.application.port.shared.MoneyMovement;
import com.voicepact.application.port.shared.MovementOutcome;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
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
    private static final BigDecimal PAYOUT_MINIMUM = DarajaClient.B2C_MINIMUM;
    private static final BigDecimal MAXIMUM = DarajaClient.MAXIMUM;
    private static final String INVALID_CHECKOUT = "CheckoutRequestID";
    /** M-Pesa B2C: KES 10 to 250,000 per payout; M-Pesa moves whole shillings only (shared/reference/mpesa-daraja.md, "Limits"). */
    static final PayoutLimits PAYOUT_LIMITS = new PayoutLimits(Money.of(PAYOUT_MINIMUM, CurrencyCode.KES),
            Money.of(MAXIMUM, CurrencyCode.KES), Money.of(BigDecimal.ONE, CurrencyCode.KES));

    private final DarajaClient client;
    private final DarajaMemory memory = new DarajaMemory();
    private final DarajaSettlements settlements = new DarajaSettlements(memory);
    private final SameAmountRule sameAmountRule = new SameAmountRule();
    private final DarajaPaymentCallbacks callbacks = new DarajaPaymentCallbacks(settlements, memory);

    public DarajaPaymentGateway(DarajaClient client) {
        this.client = client;
    }

    /** M-Pesa's limits of one STK push: KES 1 to KES 250,000 (shared/reference/mpesa-daraja.md, "Limits"). */
    public static final CollectionLimits COLLECTION_LIMITS = new CollectionLimits(Money.of(DarajaClient.STK_MINIMUM, CurrencyCode.KES),
            Money.of(MAXIMUM, CurrencyCode.KES));

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
        Optional<GatewayAnswer> refusal = outsideLimits(request.amount(), DarajaClient.STK_MINIMUM, "collection")
                .or(() -> notKenyan(request.payer()))
                .or(() -> sameAmountRule.refusal(request.payer(), request.amount(), client.clock().instant()));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        memory.pushing(); // its callback may overtake its answer: the callback waits for it (DarajaMemory.checkoutOvertaken)
        try {
            DarajaAnswer<StkPushAck> answer = client.stkPush(new DarajaClient.StkPush(request.payer(), request.amount(),
                    request.reference(), STK_DESCRIPTION));
            if (answer instanceof DarajaAnswer.Accepted<StkPushAck> accepted) {
                StkPushAck ack = accepted.value();
                memory.checkoutStarted(ack.checkoutRequestId(), request.reference(), request.metadata().get("transaction_id"),
                        request.amount());
                sameAmountRule.pushed(request.payer(), request.amount(), client.clock().instant());
                return new GatewayAnswer.Accepted(ack.checkoutRequestId(), ack.customerMessage());
            }
            return refused((DarajaAnswer.Refused<StkPushAck>) answer, "STK push");
        } finally {
            memory.pushAnswered();
        }
    }

    /**
     * B2C v3 with {@code OriginatorConversationID} = {@code request.payoutId()}; {@code Refused} without a call outside M-Pesa's
     * limits. Daraja's duplicate refusal ({@code 500.002.1001}: it has this id already) throws an ambiguous
     * {@link GatewayException}: the payout is then settled by Transaction Status, never failed and paid again. Spike arrest
     * or quota throws a non-ambiguous one: nothing was taken, send it later.
     */
    @Override
    public GatewayAnswer payOut(PayoutRequest request) {
        return b2c(request.payoutId(), request.payoutId(), request.recipient(), request.amount(), "VoicePact escrow release");
    }

    /**
     * Returns a collection's money to its payer. With the collection's receipt known ({@link RefundRequest#collectionReceipt()},
     * which survives a restart; else from its STK callback, mapped by {@link #settlements()} in this process) it is a Reversal, answered {@code Accepted} with the Reversal's
     * {@code ConversationID}. Without the receipt, or when Daraja refuses the Reversal at once (a refusal means it did
     * nothing), it is a B2C to the payer with {@code OriginatorConversationID} = {@link DarajaSettlements#refundLookupId}
     * of the payout id.
     *
     * <p>Exactly once: the fallback B2C always carries the same id for the same payout, so a repeat is refused by Daraja
     * ({@code 500.002.1001}); a Reversal whose answer was lost (ambiguous) throws and is never followed by a B2C here;
     * a Reversal failing later (its Result) is settled as a failed {@code REVERSAL}, never turned into a B2C by this
     * adapter; and a second Reversal of a receipt already reversed is refused by Daraja ({@code R000001}).
     */
    @Override
    public GatewayAnswer refund(RefundRequest request) {
        Optional<String> receipt = Optional.ofNullable(request.collectionReceipt()).filter(r -> !r.isBlank())
                .or(() -> request.collectionReference() == null ? Optional.empty() : memory.receiptOf(request.collectionReference()));
        if (receipt.isPresent() && outsideLimits(request.amount(), DarajaClient.STK_MINIMUM, "reversal").isEmpty()) {
            memory.asking();
            String conversation = null;
            try {
                DarajaAnswer<DarajaAck> answer = client.reversal(new DarajaClient.Reversal(receipt.get(), request.amount(),
                        "VoicePact refund to payer", request.payoutId()));
                if (answer instanceof DarajaAnswer.Accepted<DarajaAck> accepted) {
                    conversation = accepted.value().conversationId();
                    memory.reversalSent(request.payoutId(), conversation, request.amount());
                    return new GatewayAnswer.Accepted(conversation, accepted.value().responseDescription());
                }
            } finally {
                memory.asked(conversation);
            }
        }
        return b2c(request.payoutId(), DarajaSettlements.refundLookupId(request.payoutId()), request.payer(), request.amount(),
                "VoicePact refund to payer");
    }

    /**
     * A collection by {@code CheckoutRequestID}: the STK query, at once. "Still processing" is {@code Found(Pending)};
     * an id Daraja calls invalid is {@code NotFound}. A success whose amount this process does not remember (after a
     * restart: the query does not tell it) is paid with the amount its STK callback claimed, when one came (the query says
     * "paid", the callback says how much; the escrow locks only the exact amount it asked for), else {@code Found(Pending)}.
     * A payout leg by {@code ConversationID}: Transaction Status's answer for it when one came to this process
     * ({@code Found}); else, as Transaction Status cannot search by it, this asks by the payout id this process remembers
     * for it ({@code Asked}), answers a reversal from its Result, and otherwise answers {@code NotFound}
     * meaning "not findable this way": the caller then looks up by our payout id ({@code SettleStalePayoutsService} does).
     *
     * @throws GatewayException when Daraja cannot be asked or refuses the query
     */
    @Override
    public Lookup findByProviderReference(MoneyMovement movement, String providerReference) {
        if (movement == MoneyMovement.COLLECTION) {
            return stkQuery(providerReference);
        }
        Optional<ProviderMovement> answered = memory.answerOf(providerReference);
        if (answered.isPresent()) {
            return new Lookup.Found(answered.get()); // Transaction Status already answered for this leg
        }
        Optional<String> payoutId = memory.payoutIdOfReversal(providerReference);
        if (payoutId.isPresent()) {
            return rememberedReversal(payoutId.get()).orElseThrow();
        }
        return memory.lookupIdOf(providerReference).map(this::transactionStatus).orElseGet(Lookup.NotFound::new);
    }

    /**
     * A collection by our payment reference: Daraja cannot search by {@code AccountReference} (neither the STK query nor
     * the callback echoes it). A checkout this process started is queried by its remembered {@code CheckoutRequestID};
     * any other throws {@link GatewayException} (not ambiguous) rather than answer {@code NotFound}: the payer may have
     * paid, and {@code PaymentJobsService} expires a checkout only on {@code NotFound}; on an exception it decides
     * nothing, so such a checkout stays pending until its STK callback or an operator settles it.
     * A payout by our payout id: Transaction Status by {@code OriginatorConversationID}, answered {@code Asked} (the
     * Result reaches the status {@code ResultURL}, see {@link DarajaSettlements#transactionStatusResult}). A refund: the
     * Reversal this process sent for it ({@code Found}), else Transaction Status by its refund B2C id ({@code Asked}).
     * Once such a Result said M-Pesa has no such transaction, the next lookup of that payout or refund answers
     * {@code NotFound}: Daraja never received it ({@link #payoutStatus}).
     *
     * @throws GatewayException when Daraja cannot be asked or refuses the query, or for an unknown collection (above)
     */
    /**
     * As {@link #findByProviderReference(MoneyMovement, String)}, completed by what the application {@code known}s, so a
     * restarted adapter answers as fully as the one that sent the request: a paid checkout's STK query is
     * {@code Succeeded} with the known amount (the query does not tell it); a payout leg this process has no memory of is
     * looked up by the known payout id ({@link #findByOurReference}) rather than answered {@code NotFound}.
     *
     * @throws GatewayException when Daraja cannot be asked or refuses the query
     */
    @Override
    public Lookup findByProviderReference(MoneyMovement movement, String providerReference, KnownMovement known) {
        KnownMovement given = known == null ? KnownMovement.nothing() : known;
        if (movement == MoneyMovement.COLLECTION) {
            return stkQuery(providerReference, given);
        }
        Lookup remembered = findByProviderReference(movement, providerReference);
        return remembered instanceof Lookup.NotFound && given.ourReference() != null ? findByOurReference(movement, given.ourReference())
                : remembered;
    }

    @Override
    public Lookup findByOurReference(MoneyMovement movement, String ourReference) {
        return switch (movement) {
            case COLLECTION -> memory.checkoutOf(ourReference).map(this::stkQuery).orElseThrow(() -> new GatewayException(
                    "Daraja cannot look a checkout up by its AccountReference; " + ourReference
                            + " stays pending until its STK callback or an operator settles it", false, null));
            case PAYOUT -> payoutStatus(ourReference);
            case REFUND, REVERSAL -> rememberedReversal(ourReference)
                    .orElseGet(() -> payoutStatus(DarajaSettlements.refundLookupId(ourReference)));
        };
    }

    /**
     * The B2C Utility Account's balance as the last Account Balance Result brought it before this call; Daraja is then asked
     * for a fresh one (its Result reaches the balance {@code ResultURL}, see {@link DarajaSettlements#accountBalanceResult}),
     * which the next call returns.
     *
     * @throws GatewayException when no Result has come yet (asked now: try again shortly)
     */
    @Override
    public Money balance() {
        Optional<Money> last = memory.balance();
        memory.asking();
        String conversation = null;
        try {
            DarajaAnswer<DarajaAck> asked = client.accountBalance(DarajaClient.Account.PAYOUT, "VoicePact balance");
            conversation = asked instanceof DarajaAnswer.Accepted<DarajaAck> accepted ? accepted.value().conversationId() : null;
        } catch (GatewayException unreachable) {
            // the last known balance is still the best answer
        } finally {
            memory.asked(conversation);
        }
        return last.orElseThrow(() -> new GatewayException(
                "no M-Pesa balance known yet: asked Daraja, its answer comes by callback", false, null));
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
        throw new MovementsNotListedException("M-Pesa Daraja lists no transactions: compare these payments with the M-Pesa statement"
                + " of the collection and B2C shortcodes (M-Pesa Org Portal)");
    }

    private GatewayAnswer b2c(String payoutId, String originatorConversationId, PhoneNumber recipient, Money amount, String remarks) {
        Optional<GatewayAnswer> refusal = outsideLimits(amount, PAYOUT_MINIMUM, "payout").or(() -> notKenyan(recipient));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        memory.b2cAttempted(originatorConversationId, client.clock().instant());
        DarajaAnswer<DarajaAck> answer = client.b2cPayment(new DarajaClient.B2cPayment(originatorConversationId, recipient, amount,
                B2cCommand.BUSINESS_PAYMENT, remarks, payoutId));
        if (answer instanceof DarajaAnswer.Accepted<DarajaAck> accepted) {
            memory.payoutSent(accepted.value().conversationId(), originatorConversationId);
            return new GatewayAnswer.Accepted(accepted.value().conversationId(), accepted.value().responseDescription());
        }
        DarajaAnswer.Refused<DarajaAck> refused = (DarajaAnswer.Refused<DarajaAck>) answer;
        if (refused.reason() == FailureReason.DUPLICATE) { // the first request with this id may have paid: never a failure
            throw new GatewayException("Daraja already has OriginatorConversationID " + originatorConversationId + " (" + refused.code()
                    + "): its outcome is settled by Transaction Status, never by sending it again", true, null);
        }
        return refused(refused, "B2C payment");
    }

    private Lookup stkQuery(String checkoutRequestId) {
        return stkQuery(checkoutRequestId, KnownMovement.nothing());
    }

    private Lookup stkQuery(String checkoutRequestId, KnownMovement known) {
        DarajaAnswer<StkQueryAnswer> answer = client.stkQuery(checkoutRequestId);
        if (answer instanceof DarajaAnswer.Refused<StkQueryAnswer> refused) {
            if (refused.description().contains(INVALID_CHECKOUT)) {
                return new Lookup.NotFound();
            }
            throw new GatewayException("Daraja refused the STK query: " + refused.code() + " " + refused.description(), false, null);
        }
        StkQueryAnswer query = ((DarajaAnswer.Accepted<StkQueryAnswer>) answer).value();
        Optional<DarajaMemory.Checkout> started = memory.checkout(checkoutRequestId);
        // The amount: what this process asked for, else what the application stored, else (after a restart, a bare
        // lookup) what the STK callback claimed: the escrow then locks only the exact amount it asked for.
        Money amount = started.map(DarajaMemory.Checkout::amount).or(() -> Optional.ofNullable(known.amount()))
                .or(() -> memory.claimedAmount(checkoutRequestId)).orElse(null);
        String reference = started.map(DarajaMemory.Checkout::reference).orElse(known.ourReference());
        MovementOutcome outcome = amount != null ? query.outcome(amount)
                : DarajaResultCodes.SUCCESS.equals(query.resultCode()) ? new MovementOutcome.Pending() : query.outcome(null);
        if (outcome instanceof MovementOutcome.Succeeded paid) {
            outcome = new MovementOutcome.Succeeded(paid.amount(), memory.receiptOf(checkoutRequestId).orElse(null));
        }
        return new Lookup.Found(new ProviderMovement(MoneyMovement.COLLECTION, checkoutRequestId, reference,
                SameAmountRule.explained(outcome), amount, null, null));
    }

    /**
     * A B2C by its {@code OriginatorConversationID}: {@code NotFound} ("Daraja never received it": the application may send
     * it again) once a Transaction Status Result said M-Pesa has no such transaction, asked far enough after our last
     * attempt ({@link DarajaMemory#statusNotFound}); said once, so the lookup after a resend asks anew. Else Transaction
     * Status is asked ({@code Asked}). A resend that Daraja did receive after all is refused as a duplicate
     * {@code OriginatorConversationID}, never paid twice.
     */
    private Lookup payoutStatus(String originatorConversationId) {
        return memory.takeNeverReceived(originatorConversationId) ? new Lookup.NotFound() : transactionStatus(originatorConversationId);
    }

    private Lookup transactionStatus(String originatorConversationId) {
        Instant askedAt = client.clock().instant();
        memory.asking();
        String conversation = null;
        DarajaAnswer<DarajaAck> answer;
        try {
            answer = client.transactionStatus(TransactionLookup.byPayoutId(originatorConversationId), "VoicePact payout check");
            conversation = answer instanceof DarajaAnswer.Accepted<DarajaAck> accepted ? accepted.value().conversationId() : null;
            if (conversation != null) {
                memory.statusAsked(conversation, originatorConversationId, askedAt);
            }
        } finally {
            memory.asked(conversation); // its Result is accepted only under this id (DarajaPaymentCallbacks)
        }
        if (conversation != null) {
            return new Lookup.Asked(conversation);
        }
        DarajaAnswer.Refused<DarajaAck> refused = (DarajaAnswer.Refused<DarajaAck>) answer;
        throw new GatewayException("Daraja refused the Transaction Status query: " + refused.code() + " " + refused.description(), false, null);
    }

    private Optional<Lookup> rememberedReversal(String payoutId) {
        return memory.reversalOf(payoutId).map(r -> new Lookup.Found(new ProviderMovement(MoneyMovement.REVERSAL, r.conversationId(),
                payoutId, r.outcome(), r.amount(), null, null)));
    }

    private static Optional<GatewayAnswer> outsideLimits(Money amount, BigDecimal minimum, String what) {
        if (amount.currency() != CurrencyCode.KES) {
            return Optional.of(new GatewayAnswer.Refused(FailureReason.CONFIGURATION, "M-Pesa moves only KES, not " + amount.currency()));
        }
        if (amount.amount().stripTrailingZeros().scale() > 0) {
            return Optional.of(new GatewayAnswer.Refused(FailureReason.OTHER, "M-Pesa moves whole shillings only, not KES "
                    + amount.amount().toPlainString()));
        }
        if (amount.amount().compareTo(minimum) < 0 || amount.amount().compareTo(MAXIMUM) > 0) {
            return Optional.of(new GatewayAnswer.Refused(FailureReason.LIMIT_REACHED, "an M-Pesa " + what + " must be KES "
                    + minimum.toPlainString() + " to " + MAXIMUM.toPlainString() + ", not " + amount.amount().toPlainString()
                    + (what.equals("payout") ? "; a larger release must be split into several payouts" : "")));
        }
        return Optional.empty();
    }

    private static Optional<GatewayAnswer> notKenyan(PhoneNumber phone) {
        return phone.e164().startsWith("+254") ? Optional.empty()
                : Optional.of(new GatewayAnswer.Refused(FailureReason.RECIPIENT_INVALID, "M-Pesa moves money only for Kenyan numbers"));
    }

    /**
     * Daraja's refusal as the port's answer. Spike arrest, quota and "system busy" ({@code PROVIDER_BUSY}) refuse nothing the
     * payer or recipient did: Daraja did nothing and asks us to come back later, so they are "unavailable" (not ambiguous),
     * which the application retries (a payout) or answers 503 (a checkout), rather than a failed movement.
     */
    private static GatewayAnswer refused(DarajaAnswer.Refused<?> refused, String what) {
        String words = (refused.code() + " " + refused.description()).strip();
        if (refused.reason() == FailureReason.PROVIDER_BUSY) {
            throw new GatewayException("Daraja is busy (" + words + "): the " + what + " was not taken, try again later", false, null);
        }
        return new GatewayAnswer.Refused(refused.reason(), words);
    }
}
