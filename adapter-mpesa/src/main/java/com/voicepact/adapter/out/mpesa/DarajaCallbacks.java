package com.voicepact.adapter.out.mpesa;

import static com.voicepact.adapter.out.mpesa.DarajaWireValues.STK_DATE;
import static com.voicepact.adapter.out.mpesa.DarajaWireValues.code;
import static com.voicepact.adapter.out.mpesa.DarajaWireValues.eat;
import static com.voicepact.adapter.out.mpesa.DarajaWireValues.id;
import static com.voicepact.adapter.out.mpesa.DarajaWireValues.kes;
import static com.voicepact.adapter.out.mpesa.DarajaWireValues.keyed;
import static com.voicepact.adapter.out.mpesa.DarajaWireValues.number;
import static com.voicepact.adapter.out.mpesa.DarajaWireValues.read;
import static com.voicepact.adapter.out.mpesa.DarajaWireValues.require;

import com.fasterxml.jackson.databind.JsonNode;
import com.voicepact.adapter.out.mpesa.DarajaResults.AccountBalance;
import com.voicepact.adapter.out.mpesa.DarajaResults.AccountBalanceResult;
import com.voicepact.adapter.out.mpesa.DarajaResults.B2cResult;
import com.voicepact.adapter.out.mpesa.DarajaResults.DarajaResult;
import com.voicepact.adapter.out.mpesa.DarajaResults.QueueTimeoutNotice;
import com.voicepact.adapter.out.mpesa.DarajaResults.ReversalResult;
import com.voicepact.adapter.out.mpesa.DarajaResults.TransactionStatusResult;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parsers for every body Daraja posts back (source: {@code shared/reference/mpesa-daraja.md}): the STK callback and the
 * asynchronous {@code Result} of B2C, Transaction Status, Reversal and Account Balance ({@link DarajaResults}), and the
 * queue-timeout notice. Each gives a typed record and, for movements, the neutral {@link MovementOutcome}. Items and parameters are found by name,
 * never by position, and any of them may be absent.
 *
 * @throws IllegalArgumentException from every {@code parse...} when the body is not JSON or lacks the envelope
 *         ({@code Body.stkCallback}, {@code Result}) or its ids, with a reason fit for a 400 answer
 */
public final class DarajaCallbacks {

    private DarajaCallbacks() {}

    /**
     * The STK callback. {@code CallbackMetadata} comes only on success; {@code amount}, {@code receipt}, {@code paidAt} and
     * {@code phone} are null when their item is absent or has no {@code Value}; {@code amount} is null too when the
     * {@code Amount} is no number, and {@code amountAsWritten} is its text as written (null when absent).
     */
    public record StkCallback(
            String merchantRequestId,
            String checkoutRequestId,
            String resultCode,
            String resultDesc,
            BigDecimal amount,
            String receipt,
            Instant paidAt,
            String phone,
            String amountAsWritten) {

        /**
         * A success whose {@code Amount} is written but is no KES amount we hold: not a number ({@code "abc"}) or out of
         * range ({@code 1e400}). Such a report is recorded and flagged, never applied; {@link #outcome()} must not be asked.
         */
        public boolean succeededWithUnusableAmount() {
            if (!DarajaResultCodes.SUCCESS.equals(resultCode) || amountAsWritten == null) {
                return false;
            }
            if (amount == null) {
                return true;
            }
            try {
                kes(amount);
                return false;
            } catch (InvalidValueException outOfRange) {
                return true;
            }
        }

        /** Succeeded with the amount and receipt; a success lacking either is Pending (confirm by query); else Failed. */
        public MovementOutcome outcome() {
            if (!DarajaResultCodes.SUCCESS.equals(resultCode)) {
                return new MovementOutcome.Failed(DarajaResultCodes.ofStk(resultCode), resultDesc);
            }
            return amount == null || receipt == null
                    ? new MovementOutcome.Pending()
                    : new MovementOutcome.Succeeded(kes(amount), receipt);
        }
    }

    public static StkCallback parseStkCallback(String body) {
        JsonNode callback = read(body).path("Body").path("stkCallback");
        require(callback.isObject(), "not an STK callback: no Body.stkCallback");
        Map<String, JsonNode> items = new LinkedHashMap<>();
        for (JsonNode item : callback.path("CallbackMetadata").path("Item")) {
            JsonNode value = item.get("Value");
            if (item.hasNonNull("Name") && value != null && !value.isNull()) {
                items.put(item.get("Name").asText(), value);
            }
        }
        String amountAsWritten = items.containsKey("Amount") ? DarajaHttp.text(items.get("Amount")) : null;
        BigDecimal amount =
                amountAsWritten == null ? null : number(amountAsWritten).orElse(null);
        String receipt = items.containsKey("MpesaReceiptNumber")
                ? items.get("MpesaReceiptNumber").asText()
                : null;
        Instant paidAt = items.containsKey("TransactionDate")
                ? eat(DarajaHttp.text(items.get("TransactionDate")), STK_DATE)
                : null;
        String phone = items.containsKey("PhoneNumber") ? DarajaHttp.text(items.get("PhoneNumber")) : null;
        return new StkCallback(
                id(callback, "MerchantRequestID"),
                id(callback, "CheckoutRequestID"),
                code(callback),
                callback.path("ResultDesc").asText(""),
                amount,
                receipt,
                paidAt,
                phone,
                amountAsWritten);
    }

    public static B2cResult parseB2cResult(String body) {
        return new B2cResult(parseResult(body));
    }

    public static TransactionStatusResult parseTransactionStatusResult(String body) {
        return new TransactionStatusResult(parseResult(body));
    }

    public static ReversalResult parseReversalResult(String body) {
        return new ReversalResult(parseResult(body));
    }

    /** The {@code AccountBalance} parameter lists accounts as {@code name|currency|amount|...&name|currency|amount|...} ({@link AccountBalanceParameter}). */
    public static AccountBalanceResult parseAccountBalanceResult(String body) {
        DarajaResult result = parseResult(body);
        List<AccountBalance> accounts = AccountBalanceParameter.accounts(
                result.parameter("AccountBalance").orElse(""));
        return new AccountBalanceResult(result, accounts);
    }

    /** A queue-timeout notice; it may carry a {@code Result} envelope or only the ids. */
    public static QueueTimeoutNotice parseQueueTimeout(String body) {
        JsonNode root = read(body);
        JsonNode result = root.has("Result") ? root.get("Result") : root;
        String originator = result.path("OriginatorConversationID").asText("");
        String conversation = result.path("ConversationID").asText("");
        require(
                !originator.isBlank() || !conversation.isBlank(),
                "not a queue-timeout notice: no OriginatorConversationID or ConversationID");
        return new QueueTimeoutNotice(
                originator,
                conversation,
                result.path("ResultCode").asText(""),
                result.path("ResultDesc").asText(""));
    }

    /** Any asynchronous {@code Result} (B2C, Transaction Status, Reversal, Account Balance). */
    public static DarajaResult parseResult(String body) {
        JsonNode result = read(body).path("Result");
        require(result.isObject(), "not a Daraja Result: no Result object");
        require(
                result.hasNonNull("ConversationID") || result.hasNonNull("OriginatorConversationID"),
                "not a Daraja Result: no ConversationID or OriginatorConversationID");
        return new DarajaResult(
                result.path("ResultType").asText(""),
                code(result),
                result.path("ResultDesc").asText(""),
                result.path("OriginatorConversationID").asText(""),
                result.path("ConversationID").asText(""),
                result.path("TransactionID").asText(""),
                keyed(result.path("ResultParameters").path("ResultParameter")),
                keyed(result.path("ReferenceData").path("ReferenceItem")));
    }
}
