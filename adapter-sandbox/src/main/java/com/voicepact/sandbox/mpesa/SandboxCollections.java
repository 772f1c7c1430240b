package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * M-Pesa Express in the sandbox: {@code POST /mpesa/stkpush/v1/processrequest} (checked field by field,
 * answered "accepted", then the payer's outcome arrives later as a {@code Body.stkCallback}) and
 * {@code POST /mpesa/stkpushquery/v1/query}. The payer is a test number (see {@link TestPayers}) or a phone
 * the simulator answers; an unanswered prompt ends with 1037 after the prompt timeout.
 */
final class SandboxCollections {

    static final String PAID = "The service request is processed successfully.";
    private static final Set<String> TRANSACTION_TYPES = Set.of("CustomerPayBillOnline", "CustomerBuyGoodsOnline");
    private static final BigDecimal MAX = BigDecimal.valueOf(250_000);
    private static final Duration SAME_AMOUNT_WINDOW = Duration.ofMinutes(2);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    /** Timestamps further than this from East Africa Time's now are refused: catches a client that sends UTC. */
    private static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(10);

    private final ObjectMapper json;
    private final Clock clock;
    private final DarajaSandboxSettings settings;
    private final SandboxLedger ledger;
    private final SandboxCallbacks callbacks;
    private final Map<String, Checkout> checkouts = new LinkedHashMap<>();

    /** One STK push; {@code resultCode} null while the payer decides. */
    private static final class Checkout {
        final String merchantRequestId;
        final String checkoutRequestId;
        final String phone;
        final BigDecimal amount;
        final String business;
        final String accountReference;
        final String transactionDesc;
        final String callbackUrl;
        final Instant at;
        Integer resultCode;
        String resultDesc;
        boolean ignored;

        Checkout(String merchantRequestId, String checkoutRequestId, String phone, BigDecimal amount, String business,
                 String accountReference, String transactionDesc, String callbackUrl, Instant at) {
            this.merchantRequestId = merchantRequestId;
            this.checkoutRequestId = checkoutRequestId;
            this.phone = phone;
            this.amount = amount;
            this.business = business;
            this.accountReference = accountReference;
            this.transactionDesc = transactionDesc;
            this.callbackUrl = callbackUrl;
            this.at = at;
        }
    }

    SandboxCollections(ObjectMapper json, Clock clock, DarajaSandboxSettings settings, SandboxLedger ledger, SandboxCallbacks callbacks) {
        this.json = json;
        this.clock = clock;
        this.settings = settings;
        this.ledger = ledger;
        this.callbacks = callbacks;
    }

    ObjectNode push(JsonNode body) {
        Fields fields = new Fields(body);
        String shortCode = credentials(fields);
        fields.oneOf("TransactionType", TRANSACTION_TYPES);
        BigDecimal amount = fields.wholeAmount("Amount");
        if (amount.compareTo(MAX) > 0) {
            throw GatewayError.invalid("Amount");
        }
        String payer = fields.phone("PartyA");
        String business = fields.digits("PartyB");
        String phone = fields.phone("PhoneNumber");
        String callbackUrl = fields.callbackUrl("CallBackURL");
        String reference = fields.textOfLength("AccountReference", 1, 12);
        String description = fields.textOfLength("TransactionDesc", 1, 13);
        if (!payer.equals(phone)) {
            throw GatewayError.invalid("PartyA");
        }
        Checkout checkout = open(new Checkout(SandboxIds.merchantRequest(), SandboxIds.checkoutRequest(clock.instant()), phone, amount,
                business.equals(shortCode) ? shortCode : business, reference, description, callbackUrl, clock.instant()));
        return json.createObjectNode().put("MerchantRequestID", checkout.merchantRequestId)
                .put("CheckoutRequestID", checkout.checkoutRequestId).put("ResponseCode", "0")
                .put("ResponseDescription", "Success. Request accepted for processing")
                .put("CustomerMessage", "Success. Request accepted for processing");
    }

    /**
     * The query: {@code ResultCode}/{@code ResultDesc} as strings once the payer decided; while the payer still
     * decides, Daraja's HTTP 500 {@code {"requestId":"<CheckoutRequestID>","errorCode":"500.001.1001",
     * "errorMessage":"The transaction is being processed"}}; an unknown id is an invalid CheckoutRequestID.
     */
    ObjectNode query(JsonNode body) {
        Fields fields = new Fields(body);
        credentials(fields);
        String id = fields.text("CheckoutRequestID");
        Checkout checkout;
        synchronized (this) {
            checkout = checkouts.get(id);
        }
        if (checkout == null) {
            throw GatewayError.invalid("CheckoutRequestID");
        }
        synchronized (this) {
            if (checkout.resultCode == null) {
                throw new GatewayError(GatewayError.IN_PROCESS_OR_WRONG_CREDENTIALS, "The transaction is being processed", id);
            }
            return json.createObjectNode().put("ResponseCode", "0")
                    .put("ResponseDescription", "The service request has been accepted successsfully")
                    .put("MerchantRequestID", checkout.merchantRequestId).put("CheckoutRequestID", checkout.checkoutRequestId)
                    .put("ResultCode", Integer.toString(checkout.resultCode)).put("ResultDesc", checkout.resultDesc);
        }
    }

    synchronized List<StkPrompt> prompts(String phone) {
        List<StkPrompt> prompts = new ArrayList<>();
        for (Checkout c : checkouts.values()) {
            if (c.resultCode == null && !c.ignored && c.phone.equals(phone) && TestPayers.outcome(phone) == null) {
                prompts.add(new StkPrompt(c.checkoutRequestId, c.phone, c.amount, c.business, c.accountReference, c.transactionDesc));
            }
        }
        return prompts;
    }

    /** The simulated phone's answer; false when no such prompt waits. */
    boolean answer(String checkoutRequestId, PromptAnswer answer) {
        Checkout checkout;
        synchronized (this) {
            checkout = checkouts.get(checkoutRequestId);
            if (checkout == null || checkout.resultCode != null || checkout.ignored) {
                return false;
            }
            checkout.ignored = answer == PromptAnswer.IGNORE;
        }
        return switch (answer) {
            case PIN -> finish(checkout, 0);
            case WRONG_PIN -> finish(checkout, 2001);
            case CANCEL -> finish(checkout, 1032);
            case IGNORE -> true;
        };
    }

    private String credentials(Fields fields) {
        String shortCode = fields.digits("BusinessShortCode");
        if (!shortCode.equals(settings.shortCode())) {
            throw GatewayError.invalid("BusinessShortCode");
        }
        String password = fields.text("Password");
        String timestamp = fields.text("Timestamp");
        checkTimestamp(timestamp);
        String expected = Base64.getEncoder().encodeToString((shortCode + settings.passkey() + timestamp).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(password)) {
            throw new GatewayError(GatewayError.IN_PROCESS_OR_WRONG_CREDENTIALS, "Wrong credentials");
        }
        return shortCode;
    }

    private void checkTimestamp(String timestamp) {
        try {
            LocalDateTime sent = LocalDateTime.parse(timestamp, TIMESTAMP);
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), SandboxIds.EAT);
            if (Duration.between(sent, now).abs().compareTo(TIMESTAMP_TOLERANCE) > 0) {
                throw GatewayError.invalid("Timestamp");
            }
        } catch (DateTimeParseException e) {
            throw GatewayError.invalid("Timestamp");
        }
    }

    private Checkout open(Checkout checkout) {
        boolean limited;
        synchronized (this) {
            limited = checkouts.values().stream().anyMatch(c -> c.phone.equals(checkout.phone) && c.amount.compareTo(checkout.amount) == 0
                    && Duration.between(c.at, checkout.at).compareTo(SAME_AMOUNT_WINDOW) < 0);
            checkouts.put(checkout.checkoutRequestId, checkout);
        }
        Integer decided = limited ? Integer.valueOf(17) : TestPayers.outcome(checkout.phone);
        if (decided != null && decided != 1037) {
            finish(checkout, decided);
        } else {
            callbacks.later(settings.promptTimeout(), () -> finish(checkout, 1037));
        }
        return checkout;
    }

    /** Records the payer's outcome once, moves the money on success, and posts the callback. */
    private boolean finish(Checkout checkout, int resultCode) {
        String receipt = null;
        synchronized (this) {
            if (checkout.resultCode != null) {
                return false;
            }
            checkout.resultCode = resultCode;
            checkout.resultDesc = describe(resultCode);
            if (resultCode == 0) {
                receipt = SandboxIds.receipt();
                ledger.collected(new SandboxLedger.Entry(SandboxLedger.Kind.COLLECTION, receipt, null, checkout.checkoutRequestId,
                        checkout.phone, checkout.amount, clock.instant(), "0", PAID));
            }
        }
        callbacks.result(checkout.callbackUrl, callback(checkout, receipt));
        return true;
    }

    private ObjectNode callback(Checkout checkout, String receipt) {
        ObjectNode root = json.createObjectNode();
        ObjectNode stk = root.putObject("Body").putObject("stkCallback").put("MerchantRequestID", checkout.merchantRequestId)
                .put("CheckoutRequestID", checkout.checkoutRequestId).put("ResultCode", checkout.resultCode)
                .put("ResultDesc", checkout.resultDesc);
        if (receipt != null) {
            ArrayNode items = stk.putObject("CallbackMetadata").putArray("Item");
            items.addObject().put("Name", "Amount").put("Value", checkout.amount.setScale(2, RoundingMode.UNNECESSARY));
            items.addObject().put("Name", "MpesaReceiptNumber").put("Value", receipt);
            items.addObject().put("Name", "Balance");
            items.addObject().put("Name", "TransactionDate").put("Value", Long.parseLong(TIMESTAMP.format(
                    LocalDateTime.ofInstant(clock.instant(), SandboxIds.EAT))));
            items.addObject().put("Name", "PhoneNumber").put("Value", Long.parseLong(checkout.phone));
        }
        return root;
    }

    static String describe(int resultCode) {
        return switch (resultCode) {
            case 0 -> PAID;
            case 1 -> "The balance is insufficient for the transaction.";
            case 17 -> "Rule limited.";
            case 1032 -> "Request cancelled by user";
            case 1037 -> "DS timeout user cannot be reached";
            case 2001 -> "The initiator information is invalid.";
            default -> "Unknown result";
        };
    }
}
