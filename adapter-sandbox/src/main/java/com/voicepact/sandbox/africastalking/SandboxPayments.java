package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sandbox's mobile money: checkouts waiting for the simulated phone, B2C payouts, a wallet that really moves, and
 * AT's test behaviours (+254711000000 pays, ...01 fails, ...02 never answers; KES 10 pays, 20 has no funds, 30 is an
 * invalid account). A checkout the phone leaves unanswered fails after the settings' checkout timeout.
 */
final class SandboxPayments {

    static final String PAYS = "+254711000000";
    static final String FAILS = "+254711000001";
    static final String SILENT = "+254711000002";
    /** Carries a payout's notification from the locked step to its posting, never sent in an answer. */
    private static final String NOTIFICATION = "__notification";

    private final ObjectMapper json;
    private final AtPaymentAnswers answers;
    private final SandboxCallbacks callbacks;
    private final Supplier<SandboxSettings> settings;
    private final Clock clock;
    private final Map<String, ObjectNode> transactions = new LinkedHashMap<>();
    private final java.util.Set<String> ignored = new java.util.HashSet<>();
    private BigDecimal wallet = BigDecimal.ZERO;
    private volatile boolean autoApprove;
    private volatile PhoneEvents events = PhoneEvents.NONE;

    SandboxPayments(ObjectMapper json, SandboxCallbacks callbacks, Supplier<SandboxSettings> settings, Clock clock) {
        this.json = json;
        this.answers = new AtPaymentAnswers(json);
        this.callbacks = callbacks;
        this.settings = settings;
        this.clock = clock;
        this.autoApprove = settings.get().autoApprove();
    }

    void tell(PhoneEvents listener) {
        this.events = listener;
    }

    void autoApprove(boolean enabled) {
        this.autoApprove = enabled;
    }

    ObjectNode checkout(JsonNode request) {
        String phone = request.path("phoneNumber").asText("");
        String currency = request.path("currencyCode").asText("");
        BigDecimal amount = request.path("amount").decimalValue();
        if (phone.isEmpty()
                || currency.isEmpty()
                || amount.signum() <= 0
                || request.path("productName").asText("").isEmpty()) {
            return answers.checkout(
                    "InvalidRequest", "phoneNumber, currencyCode, amount and productName are required", null);
        }
        if (amount.compareTo(BigDecimal.valueOf(20)) == 0) {
            return answers.checkout("Failed", "Insufficient funds", null);
        }
        if (amount.compareTo(BigDecimal.valueOf(30)) == 0) {
            return answers.checkout("InvalidRequest", "Invalid account", null);
        }
        ObjectNode transaction = newTransaction("MobileCheckout", phone, currency, amount, request.path("metadata"));
        String id = transaction.path("transactionId").asText();
        events.checkout(transaction.deepCopy());
        if (phone.equals(PAYS)
                || amount.compareTo(BigDecimal.TEN) == 0
                || (autoApprove && !phone.equals(SILENT) && !phone.equals(FAILS))) {
            complete(id, true, "Received");
        } else if (phone.equals(FAILS)) {
            complete(id, false, "The request was cancelled by the user");
        }
        return answers.checkout("PendingConfirmation", "Waiting for user input", id);
    }

    /**
     * The simulated phone approved (PIN typed) or declined the STK push. The notification is posted after the state is
     * changed and outside this object's lock, as AT's would be: the app may ask for the transaction while it handles it.
     */
    boolean complete(String transactionId, boolean approved, String description) {
        String notification = decide(transactionId, approved, description);
        if (notification == null) {
            return false;
        }
        events.checkout(decision(transactionId, approved ? "Success" : "Failed"));
        callbacks.post(settings.get().paymentNotificationUrl(), "application/json", notification);
        return true;
    }

    /** The phone leaves the prompt unanswered: hidden, still Pending, Failed after the timeout; false: none waits. */
    boolean ignore(String transactionId) {
        synchronized (this) {
            ObjectNode t = transactions.get(transactionId);
            if (t == null || !"Pending".equals(t.path("status").asText()) || !ignored.add(transactionId)) {
                return false;
            }
        }
        events.checkout(decision(transactionId, "Ignored"));
        callbacks.later(
                settings.get().checkoutTimeout(),
                () -> complete(transactionId, false, "The user did not answer in time"));
        return true;
    }

    private ObjectNode decision(String transactionId, String status) {
        return json.createObjectNode().put("transactionId", transactionId).put("status", status);
    }

    private synchronized String decide(String transactionId, boolean approved, String description) {
        ObjectNode t = transactions.get(transactionId);
        if (t == null || !"Pending".equals(t.path("status").asText())) {
            return null;
        }
        t.put("status", approved ? "Success" : "Failed").put("description", description);
        if (approved) {
            wallet = wallet.add(AtTransactions.amountOf(t));
        }
        return t.toString();
    }

    ObjectNode payout(JsonNode request) {
        List<ObjectNode> entries = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode r : request.path("recipients")) {
            ObjectNode entry = payoutEntry(r);
            JsonNode notification = entry.remove(NOTIFICATION);
            // posted outside the lock: the app may ask for the transaction while it handles it
            if (notification != null) {
                callbacks.post(settings.get().paymentNotificationUrl(), "application/json", notification.asText());
            }
            entries.add(entry);
            total = total.add(r.path("amount").decimalValue());
        }
        return answers.payouts(entries, total);
    }

    private synchronized ObjectNode payoutEntry(JsonNode r) {
        String phone = r.path("phoneNumber").asText();
        BigDecimal amount = r.path("amount").decimalValue();
        ObjectNode entry = json.createObjectNode()
                .put("phoneNumber", phone)
                .put("provider", "Mpesa")
                .put("providerChannel", "525900")
                .put("value", AtTransactions.money("KES", amount));
        if (wallet.compareTo(amount) < 0) {
            return entry.put("status", "Failed").put("errorMessage", "Insufficient funds in the wallet");
        }
        ObjectNode t =
                newTransaction("MobileB2C", phone, r.path("currencyCode").asText("KES"), amount, r.path("metadata"));
        wallet = wallet.subtract(amount);
        t.put("status", "Success").put("description", "The service request is processed successfully.");
        entry.put(NOTIFICATION, t.toString());
        return entry.put("status", "Queued")
                .put("transactionId", t.path("transactionId").asText())
                .put("transactionFee", "KES 0.0000")
                .putNull("errorMessage");
    }

    private synchronized ObjectNode newTransaction(
            String category, String phone, String currency, BigDecimal amount, JsonNode metadata) {
        ObjectNode t = AtTransactions.pending(json, clock.instant(), category, phone, currency, amount, metadata);
        transactions.put(t.path("transactionId").asText(), t);
        return t;
    }

    synchronized ObjectNode balance() {
        return answers.balance(wallet);
    }

    synchronized ObjectNode find(String transactionId) {
        return answers.find(transactionId, transactions.get(transactionId));
    }

    synchronized ObjectNode fetch(String category, String startDate, String endDate) {
        return answers.fetch(transactions.values(), category, startDate, endDate);
    }

    synchronized List<ObjectNode> pendingCheckouts(String phone) {
        return transactions.values().stream()
                .filter(t -> "MobileCheckout".equals(t.path("category").asText()))
                .filter(t -> phone.equals(t.path("source").asText())
                        && "Pending".equals(t.path("status").asText()))
                .filter(t -> !ignored.contains(t.path("transactionId").asText()))
                .map(ObjectNode::deepCopy)
                .toList();
    }

    synchronized BigDecimal wallet() {
        return wallet;
    }
}
