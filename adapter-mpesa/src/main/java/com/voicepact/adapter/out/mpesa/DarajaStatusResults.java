package com.voicepact.adapter.out.mpesa;

import com.voicepact.adapter.out.mpesa.DarajaResults.DarajaResult;
import com.voicepact.adapter.out.mpesa.DarajaResults.TransactionStatusResult;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.ProviderMovement;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import java.util.Locale;
import java.util.Optional;

/**
 * Transaction Status {@code Result}s read as the answer to a lookup ({@link DarajaSettlements#lookupOf}): which of our
 * movements it looked up (a payout, the refund B2C of one, or a reversal), under which of our ids, and how it ended.
 */
final class DarajaStatusResults {

    /** The local sandbox's Transaction Status code for an id M-Pesa does not know (Daraja's own is undocumented). */
    static final String UNKNOWN_TRANSACTION = "20";

    private final DarajaMemory memory;

    DarajaStatusResults(DarajaMemory memory) {
        this.memory = memory;
    }

    /**
     * A Transaction Status {@code Result} as the answer to a lookup: {@code Found} for a payout, refund or reversal
     * (its outcome may be Pending), {@code NotFound} when M-Pesa does not know the id (the local sandbox's code 20),
     * {@code Asked} (nothing learnt) when the query itself failed or looked up a collection.
     */
    Lookup lookupOf(String statusResultBody) {
        TransactionStatusResult status = DarajaCallbacks.parseTransactionStatusResult(statusResultBody);
        DarajaResult result = status.result();
        if (UNKNOWN_TRANSACTION.equals(result.resultCode())) {
            return new Lookup.NotFound();
        }
        Optional<String> conversation = result.parameter("ConversationID");
        if (!DarajaResultCodes.SUCCESS.equals(result.resultCode()) || conversation.isEmpty()) {
            return new Lookup.Asked(result.conversationId());
        }
        String originator = result.parameter("OriginatorConversationID").orElse("");
        boolean reversal = result.parameter("ReasonType")
                .orElse("")
                .toLowerCase(Locale.ROOT)
                .contains("reversal");
        if (!reversal && originator.isBlank()) {
            return new Lookup.Asked(result.conversationId()); // a collection: the STK query is its lookup
        }
        MoneyMovement movement = reversal
                ? MoneyMovement.REVERSAL
                : originator.endsWith(DarajaSettlements.REFUND_SUFFIX) ? MoneyMovement.REFUND : MoneyMovement.PAYOUT;
        String ourReference = reversal
                ? memory.reversals().payoutIdOfReversal(conversation.get()).orElse(null)
                : ourId(originator);
        MovementOutcome outcome = status.outcome();
        if (reversal && DarajaSettlements.isFinal(outcome)) {
            memory.reversals().reversalSettled(conversation.get(), outcome);
        }
        return new Lookup.Found(new ProviderMovement(
                movement,
                conversation.get(),
                ourReference,
                outcome,
                status.amount().orElse(null),
                null,
                null));
    }

    /** Our payout id from a B2C's {@code OriginatorConversationID}: a refund's without its suffix; null when blank. */
    static String ourId(String originatorConversationId) {
        if (originatorConversationId == null || originatorConversationId.isBlank()) {
            return null;
        }
        return originatorConversationId.endsWith(DarajaSettlements.REFUND_SUFFIX)
                ? originatorConversationId.substring(
                        0, originatorConversationId.length() - DarajaSettlements.REFUND_SUFFIX.length())
                : originatorConversationId;
    }
}
