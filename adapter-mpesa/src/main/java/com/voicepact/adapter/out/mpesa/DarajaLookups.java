package com.voicepact.adapter.out.mpesa;

import com.voicepact.adapter.out.mpesa.DarajaClient.DarajaAck;
import com.voicepact.adapter.out.mpesa.DarajaRequests.TransactionLookup;
import com.voicepact.application.escrow.port.out.KnownMovement;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.ProviderMovement;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.shared.port.out.GatewayException;
import java.time.Instant;
import java.util.Optional;

/**
 * The gateway's lookups on Daraja ({@link DarajaPaymentGateway#findByProviderReference} and {@link
 * DarajaPaymentGateway#findByOurReference}): a collection by the STK query, answered at once; a payout or refund leg by
 * Transaction Status, answered by callback ({@code Asked}); a reversal from what this process remembers of it.
 */
final class DarajaLookups {

    private final DarajaClient client;
    private final DarajaMemory memory;
    private final StkQueryLookup stkQueries;

    DarajaLookups(DarajaClient client, DarajaMemory memory) {
        this.client = client;
        this.memory = memory;
        this.stkQueries = new StkQueryLookup(client, memory);
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
    Lookup findByProviderReference(MoneyMovement movement, String providerReference) {
        if (movement == MoneyMovement.COLLECTION) {
            return stkQuery(providerReference);
        }
        Optional<ProviderMovement> answered = memory.statusAnswers().answerOf(providerReference);
        if (answered.isPresent()) {
            return new Lookup.Found(answered.get()); // Transaction Status already answered for this leg
        }
        Optional<String> payoutId = memory.reversals().payoutIdOfReversal(providerReference);
        if (payoutId.isPresent()) {
            return rememberedReversal(payoutId.get()).orElseThrow();
        }
        return memory.lookupIdOf(providerReference).map(this::transactionStatus).orElseGet(Lookup.NotFound::new);
    }

    /**
     * As {@link #findByProviderReference(MoneyMovement, String)}, completed by what the application {@code known}s, so a
     * restarted adapter answers as fully as the one that sent the request: a paid checkout's STK query is
     * {@code Succeeded} with the known amount (the query does not tell it); a payout leg this process has no memory of is
     * looked up by the known payout id ({@link #findByOurReference}) rather than answered {@code NotFound}.
     *
     * @throws GatewayException when Daraja cannot be asked or refuses the query
     */
    Lookup findByProviderReference(MoneyMovement movement, String providerReference, KnownMovement known) {
        KnownMovement given = known == null ? KnownMovement.nothing() : known;
        if (movement == MoneyMovement.COLLECTION) {
            return stkQueries.lookup(providerReference, given);
        }
        Lookup remembered = findByProviderReference(movement, providerReference);
        return remembered instanceof Lookup.NotFound && given.ourReference() != null
                ? findByOurReference(movement, given.ourReference())
                : remembered;
    }

    /**
     * A collection by our payment reference: Daraja cannot search by {@code AccountReference} (neither the STK query nor
     * the callback echoes it). A checkout this process started is queried by its remembered {@code CheckoutRequestID};
     * any other throws {@link GatewayException} (not ambiguous) rather than answer {@code NotFound}: the payer may have
     * paid, and {@code SettleStaleCheckoutsService} expires a checkout only on {@code NotFound}; on an exception it decides
     * nothing, so such a checkout stays pending until its STK callback or an operator settles it.
     * A payout by our payout id: Transaction Status by {@code OriginatorConversationID}, answered {@code Asked} (the
     * Result reaches the status {@code ResultURL}, see {@link DarajaSettlements#transactionStatusResult}). A refund: the
     * Reversal this process sent for it ({@code Found}), else Transaction Status by its refund B2C id ({@code Asked}).
     * Once such a Result said M-Pesa has no such transaction, the next lookup of that payout or refund answers
     * {@code NotFound}: Daraja never received it ({@link #payoutStatus}).
     *
     * @throws GatewayException when Daraja cannot be asked or refuses the query, or for an unknown collection (above)
     */
    Lookup findByOurReference(MoneyMovement movement, String ourReference) {
        return switch (movement) {
            case COLLECTION ->
                memory.checkouts()
                        .checkoutOf(ourReference)
                        .map(this::stkQuery)
                        .orElseThrow(() -> new GatewayException(
                                "Daraja cannot look a checkout up by its AccountReference; " + ourReference
                                        + " stays pending until its STK callback or an operator settles it",
                                false,
                                null));
            case PAYOUT -> payoutStatus(ourReference);
            case REFUND, REVERSAL ->
                rememberedReversal(ourReference)
                        .orElseGet(() -> payoutStatus(DarajaSettlements.refundLookupId(ourReference)));
        };
    }

    private Lookup stkQuery(String checkoutRequestId) {
        return stkQueries.lookup(checkoutRequestId, KnownMovement.nothing());
    }

    /**
     * A B2C by its {@code OriginatorConversationID}: {@code NotFound} ("Daraja never received it": the application may send
     * it again) once a Transaction Status Result said M-Pesa has no such transaction, asked far enough after our last
     * attempt ({@link DarajaMemory#statusNotFound}); said once, so the lookup after a resend asks anew. Else Transaction
     * Status is asked ({@code Asked}). A resend that Daraja did receive after all is refused as a duplicate
     * {@code OriginatorConversationID}, never paid twice.
     */
    private Lookup payoutStatus(String originatorConversationId) {
        return memory.takeNeverReceived(originatorConversationId)
                ? new Lookup.NotFound()
                : transactionStatus(originatorConversationId);
    }

    private Lookup transactionStatus(String originatorConversationId) {
        Instant askedAt = client.clock().instant();
        memory.asking();
        String conversation = null;
        DarajaAnswer<DarajaAck> answer;
        try {
            answer = client.transactionStatus(
                    TransactionLookup.byPayoutId(originatorConversationId), "VoicePact payout check");
            conversation = answer instanceof DarajaAnswer.Accepted<DarajaAck> accepted
                    ? accepted.value().conversationId()
                    : null;
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
        throw new GatewayException(
                "Daraja refused the Transaction Status query: " + refused.code() + " " + refused.description(),
                false,
                null);
    }

    private Optional<Lookup> rememberedReversal(String payoutId) {
        return memory.reversals()
                .reversalOf(payoutId)
                .map(r -> new Lookup.Found(new ProviderMovement(
                        MoneyMovement.REVERSAL, r.conversationId(), payoutId, r.outcome(), r.amount(), null, null)));
    }
}
