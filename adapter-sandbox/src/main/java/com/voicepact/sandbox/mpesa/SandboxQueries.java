package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;

/**
 * Transaction Status ({@code POST /mpesa/transactionstatus/v1/query}, by receipt {@code TransactionID} or by
 * {@code OriginatorConversationID}) and Account Balance ({@code POST /mpesa/accountbalance/v1/query}); both
 * acknowledge at once and post their {@code Result} to the {@code ResultURL} later.
 */
final class SandboxQueries {

    private final Results results;
    private final Clock clock;
    private final DarajaSandboxSettings settings;
    private final SandboxLedger ledger;
    private final SandboxCallbacks callbacks;
    private final SandboxFaults faults;

    SandboxQueries(
            Results results,
            Clock clock,
            DarajaSandboxSettings settings,
            SandboxLedger ledger,
            SandboxCallbacks callbacks,
            SandboxFaults faults) {
        this.results = results;
        this.clock = clock;
        this.settings = settings;
        this.ledger = ledger;
        this.callbacks = callbacks;
        this.faults = faults;
    }

    /** The fields every initiator call shares: {@code Initiator}, {@code SecurityCredential}, {@code CommandID}. */
    static Fields initiator(JsonNode body, String commandId) {
        Fields fields = new Fields(body);
        fields.text("Initiator");
        fields.text("SecurityCredential");
        fields.exactly("CommandID", commandId);
        return fields;
    }

    /**
     * The status of a collection, payout or reversal: {@code ResultCode 0} with {@code TransactionStatus}
     * {@code Completed} (or {@code Failed} for a payout M-Pesa declined) and the receipt; an id M-Pesa does not
     * know answers {@code ResultCode 20} (the sandbox's choice: Daraja's code for it is not documented).
     */
    ObjectNode status(JsonNode body) {
        Fields fields = initiator(body, "TransactionStatusQuery");
        String receipt = fields.optionalText("TransactionID");
        String asked = fields.optionalText("OriginatorConversationID");
        if (receipt.isBlank() && asked.isBlank()) {
            throw GatewayError.invalid("TransactionID");
        }
        fields.digits("PartyA");
        fields.exactly("IdentifierType", "4");
        String resultUrl = fields.callbackUrl("ResultURL");
        String timeoutUrl = fields.callbackUrl("QueueTimeOutURL");
        fields.text("Remarks");
        String occasion = fields.optionalText("Occasion");
        Optional<SandboxLedger.Entry> found =
                receipt.isBlank() ? ledger.byOriginator(asked) : ledger.byReceipt(receipt);
        String originator = SandboxIds.originatorConversation();
        String conversation = SandboxIds.conversation(clock.instant());
        ObjectNode result = found.map(e -> statusResult(e, originator, conversation))
                .orElseGet(() ->
                        results.result("20", "The transaction does not exist.", originator, conversation, receipt));
        Results.reference(result, "Occasion", occasion.isBlank() ? null : occasion);
        callbacks.resultAfterNotice(timeoutUrl, results.timeoutNotice(originator, conversation), resultUrl, result);
        return results.acknowledgement(conversation, originator);
    }

    /** Account Balance: {@code AccountBalance} lists accounts as {@code name|currency|amount|...&name|...}. */
    ObjectNode balance(JsonNode body) {
        Fields fields = initiator(body, "AccountBalance");
        fields.digits("PartyA");
        fields.exactly("IdentifierType", "4");
        fields.text("Remarks");
        String timeoutUrl = fields.callbackUrl("QueueTimeOutURL");
        String resultUrl = fields.callbackUrl("ResultURL");
        String originator = SandboxIds.originatorConversation();
        String conversation = SandboxIds.conversation(clock.instant());
        String utility = PayoutResults.money(faults.utilityAccountEmpty ? BigDecimal.ZERO : ledger.utility());
        ObjectNode result =
                results.result("0", SandboxCollections.PAID, originator, conversation, SandboxIds.receipt());
        ArrayNode parameters = Results.parameters(result);
        Results.parameter(parameters, "AccountBalance")
                .put(
                        "Value",
                        "Working Account|KES|0.00|0.00|0.00|0.00"
                                + "&Utility Account|KES|" + utility + "|" + utility + "|0.00|0.00"
                                + "&Charges Paid Account|KES|0.00|0.00|0.00|0.00&Organization Settlement Account|KES|0.00|0.00|0.00|0.00");
        Results.parameter(parameters, "BOCompletedTime").put("Value", Results.compact(clock.instant()));
        Results.reference(result, "QueueTimeoutURL", Results.INTERNAL_TIMEOUT_URL);
        callbacks.resultAfterNotice(timeoutUrl, results.timeoutNotice(originator, conversation), resultUrl, result);
        return results.acknowledgement(conversation, originator);
    }

    private ObjectNode statusResult(SandboxLedger.Entry entry, String originator, String conversation) {
        ObjectNode root = results.result(
                "0", SandboxCollections.PAID, originator, conversation, entry.receipt() == null ? "" : entry.receipt());
        ArrayNode parameters = Results.parameters(root);
        boolean payout = entry.kind() != SandboxLedger.Kind.COLLECTION;
        String business = (entry.kind() == SandboxLedger.Kind.PAYOUT ? settings.b2cShortCode() : settings.shortCode())
                + " - VoicePact Sandbox";
        String person = entry.party() + " - Sandbox Customer";
        Results.parameter(parameters, "DebitPartyName").put("Value", payout ? business : person);
        Results.parameter(parameters, "CreditPartyName").put("Value", payout ? person : business);
        Results.parameter(parameters, "OriginatorConversationID")
                .put("Value", entry.originatorConversationId() == null ? "" : entry.originatorConversationId());
        Results.parameter(parameters, "InitiatedTime").put("Value", Results.compact(entry.at()));
        Results.parameter(parameters, "DebitAccountType").put("Value", payout ? "Utility Account" : "Customer Account");
        Results.parameter(parameters, "DebitPartyCharges").put("Value", "");
        Results.parameter(parameters, "TransactionReason");
        Results.parameter(parameters, "ReasonType")
                .put(
                        "Value",
                        switch (entry.kind()) {
                            case COLLECTION -> "Pay Bill Online";
                            case PAYOUT -> "Business Payment to Customer via API";
                            case REVERSAL -> "Reversal";
                        });
        Results.parameter(parameters, "TransactionStatus").put("Value", entry.succeeded() ? "Completed" : "Failed");
        Results.parameter(parameters, "FinalisedTime").put("Value", Results.compact(entry.at()));
        Results.parameter(parameters, "Amount").put("Value", entry.amount());
        Results.parameter(parameters, "ConversationID").put("Value", entry.conversationId());
        Results.parameter(parameters, "ReceiptNo").put("Value", entry.receipt() == null ? "" : entry.receipt());
        return root;
    }
}
