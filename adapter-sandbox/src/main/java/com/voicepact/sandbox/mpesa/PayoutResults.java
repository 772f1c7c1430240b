package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The {@code Result} bodies that the sandbox posts to a payout's {@code ResultURL}: B2C v3 and Reversal, each
 * with its {@code ResultParameters} as Daraja names them, amounts in KES with 2 decimals, and the
 * {@code QueueTimeoutURL} reference item.
 */
final class PayoutResults {

    private final Results results;
    private final DarajaSandboxSettings settings;

    PayoutResults(Results results, DarajaSandboxSettings settings) {
        this.results = results;
        this.settings = settings;
    }

    /** A failed result: no parameters, and a {@code TransactionID} that names no transaction. */
    ObjectNode failed(String code, String desc, String originator, String conversation) {
        return Results.reference(
                results.result(code, desc, originator, conversation, failedId()),
                "QueueTimeoutURL",
                Results.INTERNAL_TIMEOUT_URL);
    }

    /** A B2C payout's result; {@code utilityFunds} is what the utility account holds after it. */
    ObjectNode b2c(SandboxLedger.Entry entry, BigDecimal utilityFunds) {
        if (!entry.succeeded()) {
            return failed(
                    entry.resultCode(), entry.resultDesc(), entry.originatorConversationId(), entry.conversationId());
        }
        ObjectNode root = results.result(
                "0",
                SandboxCollections.PAID,
                entry.originatorConversationId(),
                entry.conversationId(),
                entry.receipt());
        ArrayNode parameters = Results.parameters(root);
        Results.parameter(parameters, "TransactionAmount").put("Value", entry.amount());
        Results.parameter(parameters, "TransactionReceipt").put("Value", entry.receipt());
        Results.parameter(parameters, "B2CRecipientIsRegisteredCustomer").put("Value", "Y");
        Results.parameter(parameters, "B2CChargesPaidAccountAvailableFunds").put("Value", BigDecimal.ZERO.setScale(2));
        Results.parameter(parameters, "ReceiverPartyPublicName").put("Value", entry.party() + " - Sandbox Payee");
        Results.parameter(parameters, "TransactionCompletedDateTime").put("Value", Results.dotted(entry.at()));
        Results.parameter(parameters, "B2CUtilityAccountAvailableFunds").put("Value", utilityFunds);
        Results.parameter(parameters, "B2CWorkingAccountAvailableFunds").put("Value", BigDecimal.ZERO.setScale(2));
        return Results.reference(root, "QueueTimeoutURL", Results.INTERNAL_TIMEOUT_URL);
    }

    /** A successful reversal of {@code receipt}; {@code utility} is the utility account's balance after it. */
    ObjectNode reversed(SandboxLedger.Entry entry, String payer, String receipt, BigDecimal utility) {
        ObjectNode root = results.result(
                "0",
                SandboxCollections.PAID,
                entry.originatorConversationId(),
                entry.conversationId(),
                entry.receipt());
        ArrayNode parameters = Results.parameters(root);
        Results.parameter(parameters, "DebitAccountBalance")
                .put("Value", "Utility Account|KES|" + money(utility) + "|" + money(utility) + "|0.00|0.00");
        Results.parameter(parameters, "Amount").put("Value", entry.amount().setScale(2, RoundingMode.UNNECESSARY));
        Results.parameter(parameters, "TransCompletedTime").put("Value", Results.compact(entry.at()));
        Results.parameter(parameters, "OriginalTransactionID").put("Value", receipt);
        Results.parameter(parameters, "Charge").put("Value", BigDecimal.ZERO.setScale(2));
        Results.parameter(parameters, "CreditPartyPublicName").put("Value", payer + " - Sandbox Payer");
        Results.parameter(parameters, "DebitPartyPublicName")
                .put("Value", settings.shortCode() + " - VoicePact Sandbox");
        return Results.reference(root, "QueueTimeoutURL", Results.INTERNAL_TIMEOUT_URL);
    }

    /** Daraja's TransactionID on a failed result: a receipt-like id that names no transaction. */
    private static String failedId() {
        return SandboxIds.receipt().substring(0, 3) + "0000000";
    }

    /** KES with 2 decimals, as Daraja writes balances. */
    static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
