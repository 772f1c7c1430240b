package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
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

    private final ObjectMapper json;
    private final Clock clock;
    private final DarajaSandboxSettings settings;
    private final SandboxLedger ledger;
    private final SandboxCallbacks callbacks;
    private final StkCredentials credentials;
    private final PromptFeed feed;
    private final Map<String, StkCheckout> checkouts = new LinkedHashMap<>();

    SandboxCollections(
            ObjectMapper json,
            Clock clock,
            DarajaSandboxSettings settings,
            SandboxLedger ledger,
            SandboxCallbacks callbacks,
            PromptFeed feed) {
        this.json = json;
        this.feed = feed;
        this.clock = clock;
        this.settings = settings;
        this.ledger = ledger;
        this.callbacks = callbacks;
        this.credentials = new StkCredentials(clock, settings);
    }

    ObjectNode push(JsonNode body) {
        Fields fields = new Fields(body);
        String shortCode = credentials.check(fields);
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
        StkCheckout checkout = open(new StkCheckout(
                SandboxIds.merchantRequest(),
                SandboxIds.checkoutRequest(clock.instant()),
                phone,
                amount,
                business.equals(shortCode) ? shortCode : business,
                reference,
                description,
                callbackUrl,
                clock.instant()));
        return StkAnswers.accepted(json, checkout);
    }

    /**
     * The query: {@code ResultCode}/{@code ResultDesc} as strings once the payer decided; while the payer still
     * decides, Daraja's HTTP 500 {@code {"requestId":"<CheckoutRequestID>","errorCode":"500.001.1001",
     * "errorMessage":"The transaction is being processed"}}; an unknown id is an invalid CheckoutRequestID.
     */
    ObjectNode query(JsonNode body) {
        Fields fields = new Fields(body);
        credentials.check(fields);
        String id = fields.text("CheckoutRequestID");
        StkCheckout checkout;
        synchronized (this) {
            checkout = checkouts.get(id);
        }
        if (checkout == null) {
            throw GatewayError.invalid("CheckoutRequestID");
        }
        synchronized (this) {
            if (checkout.resultCode == null) {
                throw new GatewayError(
                        GatewayError.IN_PROCESS_OR_WRONG_CREDENTIALS, "The transaction is being processed", id);
            }
            return StkAnswers.queried(json, checkout);
        }
    }

    synchronized List<StkPrompt> prompts(String phone) {
        List<StkPrompt> prompts = new ArrayList<>();
        for (StkCheckout c : checkouts.values()) {
            if (c.resultCode == null && !c.ignored && c.phone.equals(phone) && TestPayers.outcome(phone) == null) {
                prompts.add(c.prompt());
            }
        }
        return prompts;
    }

    /** The simulated phone's answer; false when no such prompt waits. */
    boolean answer(String checkoutRequestId, PromptAnswer answer) {
        StkCheckout checkout;
        synchronized (this) {
            checkout = checkouts.get(checkoutRequestId);
            if (checkout == null || checkout.resultCode != null || checkout.ignored) {
                return false;
            }
            checkout.ignored = answer == PromptAnswer.IGNORE;
        }
        if (answer == PromptAnswer.IGNORE) {
            feed.closed(checkoutRequestId, null);
        }
        return switch (answer) {
            case PIN -> finish(checkout, 0);
            case WRONG_PIN -> finish(checkout, 2001);
            case CANCEL -> finish(checkout, 1032);
            case IGNORE -> true;
        };
    }

    private StkCheckout open(StkCheckout checkout) {
        boolean limited;
        synchronized (this) {
            limited = checkouts.values().stream()
                    .anyMatch(c -> c.phone.equals(checkout.phone)
                            && c.amount.compareTo(checkout.amount) == 0
                            && Duration.between(c.at, checkout.at).compareTo(SAME_AMOUNT_WINDOW) < 0);
            checkouts.put(checkout.checkoutRequestId, checkout);
        }
        Integer decided = limited ? Integer.valueOf(17) : TestPayers.outcome(checkout.phone);
        if (decided != null && decided != 1037) {
            finish(checkout, decided);
        } else {
            if (decided == null) {
                feed.opened(checkout.prompt());
            }
            callbacks.later(settings.promptTimeout(), () -> finish(checkout, 1037));
        }
        return checkout;
    }

    /** Records the payer's outcome once, moves the money on success, and posts the callback. */
    private boolean finish(StkCheckout checkout, int resultCode) {
        String receipt = null;
        boolean shown;
        synchronized (this) {
            if (checkout.resultCode != null) {
                return false;
            }
            shown = !checkout.ignored;
            checkout.resultCode = resultCode;
            checkout.resultDesc = StkCheckout.describe(resultCode);
            if (resultCode == 0) {
                receipt = SandboxIds.receipt();
                ledger.collected(new SandboxLedger.Entry(
                        SandboxLedger.Kind.COLLECTION,
                        receipt,
                        null,
                        checkout.checkoutRequestId,
                        checkout.phone,
                        checkout.amount,
                        clock.instant(),
                        "0",
                        PAID));
            }
        }
        if (shown) {
            feed.closed(checkout.checkoutRequestId, resultCode);
        }
        callbacks.result(checkout.callbackUrl, checkout.callback(json, receipt, credentials.transactionDate()));
        return true;
    }
}
