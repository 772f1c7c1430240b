package com.voicepact.adapter.out.mpesa;

import com.voicepact.adapter.out.mpesa.DarajaClient.DarajaAck;
import com.voicepact.adapter.out.mpesa.DarajaRequests.B2cCommand;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.escrow.port.out.RefundRequest;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.util.Optional;

/** Money out of our accounts for {@link DarajaPaymentGateway}: B2C payouts, and refunds as a Reversal or a B2C to the payer. */
final class DarajaPayouts {

    private final DarajaClient client;
    private final DarajaMemory memory;

    DarajaPayouts(DarajaClient client, DarajaMemory memory) {
        this.client = client;
        this.memory = memory;
    }

    /**
     * B2C v3 with {@code OriginatorConversationID} = {@code request.payoutId()}; {@code Refused} without a call outside M-Pesa's
     * limits. Daraja's duplicate refusal ({@code 500.002.1001}: it has this id already) throws an ambiguous
     * {@link GatewayException}: the payout is then settled by Transaction Status, never failed and paid again. Spike arrest
     * or quota throws a non-ambiguous one: nothing was taken, send it later.
     */
    GatewayAnswer payOut(PayoutRequest request) {
        return b2c(
                request.payoutId(),
                request.payoutId(),
                request.recipient(),
                request.amount(),
                "VoicePact escrow release");
    }

    /**
     * Returns a collection's money to its payer. With the collection's receipt known ({@link RefundRequest#collectionReceipt()},
     * which survives a restart; else from its STK callback, mapped by {@link DarajaPaymentGateway#settlements()} in this process) it is a Reversal, answered {@code Accepted} with the Reversal's
     * {@code ConversationID}. Without the receipt, or when Daraja refuses the Reversal at once (a refusal means it did
     * nothing), it is a B2C to the payer with {@code OriginatorConversationID} = {@link DarajaSettlements#refundLookupId}
     * of the payout id.
     *
     * <p>Exactly once: the fallback B2C always carries the same id for the same payout, so a repeat is refused by Daraja
     * ({@code 500.002.1001}); a Reversal whose answer was lost (ambiguous) throws and is never followed by a B2C here;
     * a Reversal failing later (its Result) is settled as a failed {@code REVERSAL}, never turned into a B2C by this
     * adapter; and a second Reversal of a receipt already reversed is refused by Daraja ({@code R000001}).
     */
    GatewayAnswer refund(RefundRequest request) {
        Optional<String> receipt = Optional.ofNullable(request.collectionReceipt())
                .filter(r -> !r.isBlank())
                .or(() -> request.collectionReference() == null
                        ? Optional.empty()
                        : memory.checkouts().receiptOf(request.collectionReference()));
        if (receipt.isPresent()
                && DarajaRefusals.outsideLimits(request.amount(), DarajaClient.STK_MINIMUM, "reversal")
                        .isEmpty()) {
            memory.asking();
            String conversation = null;
            try {
                DarajaAnswer<DarajaAck> answer = client.reversal(new DarajaRequests.Reversal(
                        receipt.get(), request.amount(), "VoicePact refund to payer", request.payoutId()));
                if (answer instanceof DarajaAnswer.Accepted<DarajaAck> accepted) {
                    conversation = accepted.value().conversationId();
                    memory.reversals().reversalSent(request.payoutId(), conversation, request.amount());
                    return new GatewayAnswer.Accepted(
                            conversation, accepted.value().responseDescription());
                }
            } finally {
                memory.asked(conversation);
            }
        }
        return b2c(
                request.payoutId(),
                DarajaSettlements.refundLookupId(request.payoutId()),
                request.payer(),
                request.amount(),
                "VoicePact refund to payer");
    }

    private GatewayAnswer b2c(
            String payoutId, String originatorConversationId, PhoneNumber recipient, Money amount, String remarks) {
        Optional<GatewayAnswer> refusal = DarajaRefusals.outsideLimits(amount, DarajaClient.B2C_MINIMUM, "payout")
                .or(() -> DarajaRefusals.notKenyan(recipient));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        memory.b2cAttempted(originatorConversationId, client.clock().instant());
        DarajaAnswer<DarajaAck> answer = client.b2cPayment(new DarajaRequests.B2cPayment(
                originatorConversationId, recipient, amount, B2cCommand.BUSINESS_PAYMENT, remarks, payoutId));
        if (answer instanceof DarajaAnswer.Accepted<DarajaAck> accepted) {
            memory.payoutSent(accepted.value().conversationId(), originatorConversationId);
            return new GatewayAnswer.Accepted(
                    accepted.value().conversationId(), accepted.value().responseDescription());
        }
        DarajaAnswer.Refused<DarajaAck> refused = (DarajaAnswer.Refused<DarajaAck>) answer;
        if (refused.reason()
                == FailureReason.DUPLICATE) { // the first request with this id may have paid: never a failure
            throw new GatewayException(
                    "Daraja already has OriginatorConversationID " + originatorConversationId + " (" + refused.code()
                            + "): its outcome is settled by Transaction Status, never by sending it again",
                    true,
                    null);
        }
        return DarajaRefusals.refused(refused, "B2C payment");
    }
}
