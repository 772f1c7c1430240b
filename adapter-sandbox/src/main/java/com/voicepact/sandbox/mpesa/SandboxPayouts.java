package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Set;

/**
 * Money out of the sandbox's utility account: B2C v3 ({@code POST /mpesa/b2c/v3/paymentrequest}) and the
 * Reversal of an STK collection ({@code POST /mpesa/reversal/v1/request}). Both acknowledge at once and post
 * their {@code Result} to the {@code ResultURL} later.
 */
final class SandboxPayouts {

    private static final Set<String> B2C_COMMANDS = Set.of("BusinessPayment", "SalaryPayment", "PromotionPayment");
    private static final BigDecimal MIN_PAYOUT = BigDecimal.TEN;
    private static final BigDecimal MAX_PAYOUT = BigDecimal.valueOf(250_000);
    private final Results results;
    private final PayoutResults payoutResults;
    private final Clock clock;
    private final DarajaSandboxSettings settings;
    private final SandboxLedger ledger;
    private final SandboxCallbacks callbacks;
    private final SandboxFaults faults;

    SandboxPayouts(
            Results results,
            Clock clock,
            DarajaSandboxSettings settings,
            SandboxLedger ledger,
            SandboxCallbacks callbacks,
            SandboxFaults faults) {
        this.results = results;
        this.payoutResults = new PayoutResults(results, settings);
        this.clock = clock;
        this.settings = settings;
        this.ledger = ledger;
        this.callbacks = callbacks;
        this.faults = faults;
    }

    /**
     * B2C: a repeated {@code OriginatorConversationID} is refused with HTTP 500 {@code 500.002.1001}; below KES 10
     * the result is 2, above 250,000 it is 3, more than the utility account holds it is 1.
     */
    ObjectNode pay(JsonNode body) {
        Fields fields = new Fields(body);
        String originator = fields.text("OriginatorConversationID");
        fields.text("InitiatorName");
        fields.text("SecurityCredential");
        fields.oneOf("CommandID", B2C_COMMANDS);
        BigDecimal amount = fields.wholeAmount("Amount");
        fields.exactly("PartyA", settings.b2cShortCode());
        String payee = fields.phone("PartyB");
        fields.textOfLength("Remarks", 2, 100);
        String timeoutUrl = fields.callbackUrl("QueueTimeOutURL");
        String resultUrl = fields.callbackUrl("ResultURL");
        fields.optionalText("Occassion");
        String conversation = SandboxIds.conversation(clock.instant());
        SandboxLedger.Entry entry;
        synchronized (ledger) {
            if (ledger.knows(originator)) {
                throw new GatewayError(GatewayError.DUPLICATE_ORIGINATOR, "Duplicate OriginatorConversationID.");
            }
            entry = ledger.debit(
                    new SandboxLedger.Entry(
                            SandboxLedger.Kind.PAYOUT,
                            SandboxIds.receipt(),
                            originator,
                            conversation,
                            payee,
                            amount,
                            clock.instant(),
                            limitCode(amount),
                            limitDesc(amount)),
                    faults.utilityAccountEmpty);
        }
        callbacks.resultAfterNotice(
                timeoutUrl,
                results.timeoutNotice(originator, conversation),
                resultUrl,
                payoutResults.b2c(entry, utilityFunds()));
        return results.acknowledgement(conversation, originator);
    }

    /** Reversal of a collection's receipt: R000002 when it is not one of our collections, R000001 when already reversed. */
    ObjectNode reverse(JsonNode body) {
        Fields fields = SandboxQueries.initiator(body, "TransactionReversal");
        String receipt = fields.text("TransactionID");
        BigDecimal amount = fields.wholeAmount("Amount");
        fields.exactly("ReceiverParty", settings.shortCode());
        fields.exactly("RecieverIdentifierType", "11");
        String timeoutUrl = fields.callbackUrl("QueueTimeOutURL");
        String resultUrl = fields.callbackUrl("ResultURL");
        fields.textOfLength("Remarks", 2, 100);
        String originator = SandboxIds.originatorConversation();
        String conversation = SandboxIds.conversation(clock.instant());
        ObjectNode result;
        synchronized (ledger) {
            result = reversal(receipt, amount, originator, conversation);
        }
        callbacks.resultAfterNotice(timeoutUrl, results.timeoutNotice(originator, conversation), resultUrl, result);
        return results.acknowledgement(conversation, originator);
    }

    private ObjectNode reversal(String receipt, BigDecimal amount, String originator, String conversation) {
        BigDecimal reversible = ledger.reversible(receipt);
        boolean known = ledger.byReceipt(receipt)
                .filter(e -> e.kind() == SandboxLedger.Kind.COLLECTION)
                .isPresent();
        if (!known || amount.compareTo(reversible) > 0) {
            String code = known && reversible.signum() == 0 ? "R000001" : "R000002";
            String desc = code.equals("R000001")
                    ? "The transaction has already been reversed."
                    : "The OriginalTransactionID is invalid.";
            return payoutResults.failed(code, desc, originator, conversation);
        }
        SandboxLedger.Entry original = ledger.byReceipt(receipt).orElseThrow();
        SandboxLedger.Entry entry = ledger.debit(
                new SandboxLedger.Entry(
                        SandboxLedger.Kind.REVERSAL,
                        SandboxIds.receipt(),
                        originator,
                        conversation,
                        original.party(),
                        amount,
                        clock.instant(),
                        "0",
                        SandboxCollections.PAID),
                faults.utilityAccountEmpty);
        if (!entry.succeeded()) {
            return payoutResults.failed(entry.resultCode(), entry.resultDesc(), originator, conversation);
        }
        ledger.noteReversed(receipt, amount);
        return payoutResults.reversed(entry, original.party(), receipt, ledger.utility());
    }

    private BigDecimal utilityFunds() {
        return faults.utilityAccountEmpty ? BigDecimal.ZERO.setScale(2) : ledger.utility();
    }

    private static String limitCode(BigDecimal amount) {
        return amount.compareTo(MIN_PAYOUT) < 0 ? "2" : amount.compareTo(MAX_PAYOUT) > 0 ? "3" : "0";
    }

    private static String limitDesc(BigDecimal amount) {
        return amount.compareTo(MIN_PAYOUT) < 0
                ? "Declined due to limit rule: less than the minimum transaction amount."
                : amount.compareTo(MAX_PAYOUT) > 0
                        ? "Declined due to limit rule: greater than the maximum transaction amount."
                        : SandboxCollections.PAID;
    }
}
