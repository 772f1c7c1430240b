package com.voicepact.adapter.out.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import com.voicepact.application.port.shared.FailureReason;
import com.voicepact.application.port.shared.MovementOutcome;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parsers for every body Daraja posts back (source: {@code shared/reference/mpesa-daraja.md}): the STK callback and the
 * asynchronous {@code Result} of B2C, Transaction Status, Reversal and Account Balance, and the queue-timeout notice. Each
 * gives a typed record and, for movements, the neutral {@link MovementOutcome}. Items and parameters are found by name,
 * never by position, and any of them may be absent.
 *
 * @throws IllegalArgumentException from every {@code parse...} when the body is not JSON or lacks the envelope
 *         ({@code Body.stkCallback}, {@code Result}) or its ids, with a reason fit for a 400 answer
 */
public final class DarajaCallbacks {

    private static final DateTimeFormatter STK_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter RESULT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private DarajaCallbacks() {
    }

    /**
     * The STK callback. {@code CallbackMetadata} comes only on success; {@code amount}, {@code receipt}, {@code paidAt} and
     * {@code phone} are null when their item is absent or has no {@code Value}; {@code amount} is null too when the
     * {@code Amount} is no number, and {@code amountAsWritten} is its text as written (null when absent).
     */
    public record StkCallback(String merchantRequestId, String checkoutRequestId, String resultCode, String resultDesc,
                              BigDecimal amount, String receipt, Instant paidAt, String phone, String amountAsWritten) {

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
            return amount == null || receipt == null ? new MovementOutcome.Pending() : new MovementOutcome.Succeeded(kes(amount), receipt);
        }
    }

    /**
     * A {@code Result} envelope as Daraja posts it for every asynchronous API: {@code resultCode} as text (it may be
     * {@code 0} or {@code "SFC_IC0003"}), {@code parameters} from {@code ResultParameters.ResultParameter} by {@code Key}
     * (values as text; empty on failures), {@code referenceData} from {@code ReferenceData.ReferenceItem} (one item or a list).
     */
    public record DarajaResult(String resultType, String resultCode, String resultDesc, String originatorConversationId,
                               String conversationId, String transactionId, Map<String, String> parameters,
                               Map<String, String> referenceData) {

        public Optional<String> parameter(String key) {
            return Optional.ofNullable(parameters.get(key)).filter(v -> !v.isBlank());
        }

        boolean succeeded() {
            return DarajaResultCodes.SUCCESS.equals(resultCode);
        }
    }

    /** A B2C payout's Result. */
    public record B2cResult(DarajaResult result) {

        public Optional<Money> amount() {
            return result.parameter("TransactionAmount").map(v -> kes(decimal("TransactionAmount", v)));
        }

        /** {@code TransactionReceipt}, else the Result's {@code TransactionID}. */
        public Optional<String> receipt() {
            return result.parameter("TransactionReceipt").or(() -> Optional.ofNullable(result.transactionId()).filter(s -> !s.isBlank()));
        }

        public Optional<String> receiverPublicName() {
            return result.parameter("ReceiverPartyPublicName");
        }

        public Optional<Instant> completedAt() {
            return result.parameter("TransactionCompletedDateTime").map(v -> eat(v, RESULT_DATE));
        }

        public Optional<Money> utilityAccountFunds() {
            return result.parameter("B2CUtilityAccountAvailableFunds").map(v -> kes(decimal("B2CUtilityAccountAvailableFunds", v)));
        }

        /** Succeeded with the amount paid and the receipt; a success lacking them is Pending; else Failed. */
        public MovementOutcome outcome() {
            if (!result.succeeded()) {
                return new MovementOutcome.Failed(DarajaResultCodes.ofInitiatorCall(result.resultCode()), result.resultDesc());
            }
            Optional<Money> amount = amount();
            Optional<String> receipt = receipt();
            return amount.isPresent() && receipt.isPresent() ? new MovementOutcome.Succeeded(amount.get(), receipt.get())
                    : new MovementOutcome.Pending();
        }
    }

    /**
     * A notice at {@code QueueTimeOutURL}: Daraja's queue timed out the request. It may come before the Result and never
     * says the money did not move, so the outcome is always Pending (settle by Transaction Status).
     */
    public record QueueTimeoutNotice(String originatorConversationId, String conversationId, String resultCode, String description) {
        public MovementOutcome outcome() {
            return new MovementOutcome.Pending();
        }
    }

    /** A Transaction Status query's Result: the looked-up transaction's {@code TransactionStatus}, amount and receipt. */
    public record TransactionStatusResult(DarajaResult result) {

        public Optional<String> transactionStatus() {
            return result.parameter("TransactionStatus");
        }

        public Optional<String> receipt() {
            return result.parameter("ReceiptNo");
        }

        public Optional<Money> amount() {
            return result.parameter("Amount").map(v -> kes(decimal("Amount", v)));
        }

        /**
         * The looked-up transaction's outcome: Succeeded when {@code Completed} with amount and receipt; Failed when Daraja
         * names it failed, declined, cancelled or expired; Pending otherwise, including a query that itself failed (a
         * non-zero code says nothing about the money: never treat it as "not paid").
         */
        public MovementOutcome outcome() {
            if (!result.succeeded()) {
                return new MovementOutcome.Pending();
            }
            String status = transactionStatus().orElse("");
            if (status.equalsIgnoreCase("Completed") && amount().isPresent() && receipt().isPresent()) {
                return new MovementOutcome.Succeeded(amount().get(), receipt().get());
            }
            if (List.of("failed", "declined", "cancelled", "expired").contains(status.toLowerCase(Locale.ROOT))) {
                return new MovementOutcome.Failed(FailureReason.OTHER,
                        status + result.parameter("ReasonType").map(r -> ": " + r).orElse(""));
            }
            return new MovementOutcome.Pending();
        }
    }

    /** A Reversal's Result: on success the reversal's {@code TransactionID} is the receipt of the money returned. */
    public record ReversalResult(DarajaResult result) {

        public Optional<Money> amount() {
            return result.parameter("Amount").map(v -> kes(decimal("Amount", v)));
        }

        public Optional<String> originalTransactionId() {
            return result.parameter("OriginalTransactionID");
        }

        /** Succeeded with the amount returned and the reversal's receipt; a success lacking the amount is Pending; else Failed. */
        public MovementOutcome outcome() {
            if (!result.succeeded()) {
                return new MovementOutcome.Failed(DarajaResultCodes.ofInitiatorCall(result.resultCode()), result.resultDesc());
            }
            Optional<Money> amount = amount();
            return amount.isPresent() && result.transactionId() != null && !result.transactionId().isBlank()
                    ? new MovementOutcome.Succeeded(amount.get(), result.transactionId()) : new MovementOutcome.Pending();
        }
    }

    /** One account of an Account Balance Result: its name, and its (current) amount at the currency's scale. */
    public record AccountBalance(String name, Money amount) { }

    /** An Account Balance Result: its accounts (empty on failure) and Daraja's code and description. */
    public record AccountBalanceResult(DarajaResult result, List<AccountBalance> accounts) {

        public Optional<AccountBalance> account(String name) {
            return accounts.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
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
        BigDecimal amount = amountAsWritten == null ? null : number(amountAsWritten).orElse(null);
        String receipt = items.containsKey("MpesaReceiptNumber") ? items.get("MpesaReceiptNumber").asText() : null;
        Instant paidAt = items.containsKey("TransactionDate") ? eat(DarajaHttp.text(items.get("TransactionDate")), STK_DATE) : null;
        String phone = items.containsKey("PhoneNumber") ? DarajaHttp.text(items.get("PhoneNumber")) : null;
        return new StkCallback(id(callback, "MerchantRequestID"), id(callback, "CheckoutRequestID"), code(callback),
                callback.path("ResultDesc").asText(""), amount, receipt, paidAt, phone, amountAsWritten);
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

    /** The {@code AccountBalance} parameter lists accounts as {@code name|currency|amount|...&name|currency|amount|...}. */
    public static AccountBalanceResult parseAccountBalanceResult(String body) {
        DarajaResult result = parseResult(body);
        List<AccountBalance> accounts = new ArrayList<>();
        for (String account : result.parameter("AccountBalance").orElse("").split("&")) {
            String[] fields = account.split("\\|");
            if (fields.length >= 3 && !fields[0].isBlank()) {
                try {
                    accounts.add(new AccountBalance(fields[0].strip(), Money.of(decimal("AccountBalance", fields[2].strip()),
                            CurrencyCode.parse(fields[1]))));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("AccountBalance amount of '" + fields[0].strip() + "' is not a number");
                }
            }
        }
        return new AccountBalanceResult(result, List.copyOf(accounts));
    }

    /** A queue-timeout notice; it may carry a {@code Result} envelope or only the ids. */
    public static QueueTimeoutNotice parseQueueTimeout(String body) {
        JsonNode root = read(body);
        JsonNode result = root.has("Result") ? root.get("Result") : root;
        String originator = result.path("OriginatorConversationID").asText("");
        String conversation = result.path("ConversationID").asText("");
        require(!originator.isBlank() || !conversation.isBlank(), "not a queue-timeout notice: no OriginatorConversationID or ConversationID");
        return new QueueTimeoutNotice(originator, conversation, result.path("ResultCode").asText(""), result.path("ResultDesc").asText(""));
    }

    /** Any asynchronous {@code Result} (B2C, Transaction Status, Reversal, Account Balance). */
    public static DarajaResult parseResult(String body) {
        JsonNode result = read(body).path("Result");
        require(result.isObject(), "not a Daraja Result: no Result object");
        require(result.hasNonNull("ConversationID") || result.hasNonNull("OriginatorConversationID"),
                "not a Daraja Result: no ConversationID or OriginatorConversationID");
        return new DarajaResult(result.path("ResultType").asText(""), code(result), result.path("ResultDesc").asText(""),
                result.path("OriginatorConversationID").asText(""), result.path("ConversationID").asText(""),
                result.path("TransactionID").asText(""), keyed(result.path("ResultParameters").path("ResultParameter")),
                keyed(result.path("ReferenceData").path("ReferenceItem")));
    }

    private static Map<String, String> keyed(JsonNode items) {
        Map<String, String> values = new LinkedHashMap<>();
        List<JsonNode> list = new ArrayList<>();
        if (items.isArray()) {
            items.forEach(list::add);
        } else if (items.isObject()) {
            list.add(items);
        }
        for (JsonNode item : list) {
            JsonNode value = item.get("Value");
            if (item.hasNonNull("Key") && value != null && !value.isNull()) {
                values.put(item.get("Key").asText(), DarajaHttp.text(value));
            }
        }
        return Collections.unmodifiableMap(values);
    }

    private static String code(JsonNode node) {
        JsonNode code = node.get("ResultCode");
        require(code != null && !code.isNull() && !code.asText().isBlank(), "no ResultCode");
        return code.asText();
    }

    private static String id(JsonNode node, String field) {
        String value = node.path(field).asText("");
        require(!value.isBlank(), "no " + field);
        return value;
    }

    /** A number Daraja could write: none with more than {@link DarajaHttp#MOST_DIGITS} digits before or after the point. */
    private static Optional<BigDecimal> number(String text) {
        String written = text.strip();
        if (written.length() > 2 * DarajaHttp.MOST_DIGITS + 10) {
            return Optional.empty(); // not parsed at all: parsing a huge digit string is what costs the time
        }
        try {
            BigDecimal number = new BigDecimal(written);
            boolean plausible = Math.abs((long) number.scale()) <= DarajaHttp.MOST_DIGITS
                    && number.precision() - (long) number.scale() <= DarajaHttp.MOST_DIGITS;
            return plausible ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** @throws IllegalArgumentException naming the field, never the parser's words, when {@code text} is no number */
    private static BigDecimal decimal(String field, String text) {
        return number(text).orElseThrow(() -> new IllegalArgumentException(field + " '" + shortened(text) + "' is not an amount"));
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static Money kes(BigDecimal amount) {
        return Money.of(amount, CurrencyCode.KES);
    }

    private static Instant eat(String value, DateTimeFormatter format) {
        try {
            return LocalDateTime.parse(value.strip(), format).atZone(DarajaClient.EAST_AFRICA).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a Daraja date");
        }
    }

    private static JsonNode read(String body) {
        try {
            JsonNode node = body == null ? null : DarajaHttp.JSON.readTree(body);
            require(node != null && node.isObject(), "the callback body is not a JSON object");
            return node;
        } catch (IOException | NumberFormatException e) { // Jackson's NumberFormatException: a number whose exponent overflows
            throw new IllegalArgumentException("the callback body is not JSON, or a number in it cannot be read");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
