package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's mobile money: checkouts waiting for the simulated phone, B2C payouts, a wallet that
 * really moves, and AT's test behaviours (+254711000000 pays, ...01 fails, ...02 never answers;
 * KES 10 pays, 20 has no funds, 30 is an invalid account).
 */
final class SandboxPayments {

    static final String PAYS = "+254711000000";
    static final String FAILS = "+254711000001";
    static final String SILENT = "+254711000002";
    /** Carries a payout's notification from the locked step to its posting, never sent in an answer. */
    private static final String NOTIFICATION = "__notification";
    private static final DateTimeFormatter AT_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final ObjectMapper json;
    private final SandboxCallbacks callbacks;
    private final java.util.function.Supplier<SandboxSettings> settings;
    private final Clock clock;
    private final Map<String, ObjectNode> transactions = new LinkedHashMap<>();
    private BigDecimal wallet = BigDecimal.ZERO;
    private volatile boolean autoApprove;

    SandboxPayments(ObjectMapper json, SandboxCallbacks callbacks, java.util.function.Supplier<SandboxSettings> settings, Clock clock) {
        this.json = json;
        this.callbacks = callbacks;
        this.settings = settings;
        this.clock = clock;
        this.autoApprove = settings.get().autoApprove();
    }

    void autoApprove(boolean enabled) {
        this.autoApprove = enabled;
    }

    ObjectNode checkout(JsonNode request) {
        String phone = request.path("phoneNumber").asText("");
        String currency = request.path("currencyCode").asText("");
        BigDecimal amount = request.path("amount").decimalValue();
        if (phone.isEmpty() || currency.isEmpty() || amount.signum() <= 0 || request.path("productName").asText("").isEmpty()) {
            return answer("InvalidRequest", "phoneNumber, currencyCode, amount and productName are required", null);
        }
        if (amount.compareTo(BigDecimal.valueOf(20)) == 0) {
            return answer("Failed", "Insufficient funds", null);
        }
        if (amount.compareTo(BigDecimal.valueOf(30)) == 0) {
            return answer("InvalidRequest", "Invalid account", null);
        }
        ObjectNode transaction = newTransaction("MobileCheckout", phone, currency, amount, request.path("metadata"));
        String id = transaction.path("transactionId").asText();
        if (phone.equals(PAYS) || amount.compareTo(BigDecimal.TEN) == 0 || (autoApprove && !phone.equals(SILENT) && !phone.equals(FAILS))) {
            complete(id, true, "Received");
        } else if (phone.equals(FAILS)) {
            complete(id, false, "The request was cancelled by the user");
        }
        return answer("PendingConfirmation", "Waiting for user input", id);
    }

    private ObjectNode answer(String status, String description, String transactionId) {
        ObjectNode node = json.createObjectNode().put("description", description).put("providerChannel", "525900").put("status", status);
        if (transactionId != null) {
            node.put("transactionId", transactionId);
        }
        return node;
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
        callbacks.post(settings.get().paymentNotificationUrl(), "application/json", notification);
        return true;
    }

    private synchronized String decide(String transactionId, boolean approved, String description) {
        ObjectNode t = transactions.get(transactionId);
        if (t == null || !"Pending".equals(t.path("status").asText())) {
            return null;
        }
        t.put("status", approved ? "Success" : "Failed").put("description", description);
        if (approved) {
            wallet = wallet.add(amountOf(t));
        }
        return t.toString();
    }

    ObjectNode payout(JsonNode request) {
        List<ObjectNode> entries = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode r : request.path("recipients")) {
            ObjectNode entry = payoutEntry(r);
            JsonNode notification = entry.remove(NOTIFICATION);
            if (notification != null) { // posted outside the lock: the app may ask for the transaction while it handles it
                callbacks.post(settings.get().paymentNotificationUrl(), "application/json", notification.asText());
            }
            entries.add(entry);
            total = total.add(r.path("amount").decimalValue());
        }
        ObjectNode answer = json.createObjectNode();
        answer.put("numQueued", entries.stream().filter(e -> "Queued".equals(e.path("status").asText())).count());
        answer.put("totalValue", "KES " + total.setScale(4, RoundingMode.UNNECESSARY).toPlainString());
        answer.put("totalTransactionFee", "KES 0.0000");
        answer.putArray("entries").addAll(entries);
        return answer;
    }

    private synchronized ObjectNode payoutEntry(JsonNode r) {
        String phone = r.path("phoneNumber").asText();
        BigDecimal amount = r.path("amount").decimalValue();
        ObjectNode entry = json.createObjectNode().put("phoneNumber", phone).put("provider", "Mpesa").put("providerChannel", "525900")
                .put("value", "KES " + amount.setScale(4, RoundingMode.UNNECESSARY).toPlainString());
        if (wallet.compareTo(amount) < 0) {
            return entry.put("status", "Failed").put("errorMessage", "Insufficient funds in the wallet");
        }
        ObjectNode t = newTransaction("MobileB2C", phone, r.path("currencyCode").asText("KES"), amount, r.path("metadata"));
        wallet = wallet.subtract(amount);
        t.put("status", "Success").put("description", "The service request is processed successfully.");
        entry.put(NOTIFICATION, t.toString());
        return entry.put("status", "Queued").put("transactionId", t.path("transactionId").asText())
                .put("transactionFee", "KES 0.0000").putNull("errorMessage");
    }

    private synchronized ObjectNode newTransaction(String category, String phone, String currency, BigDecimal amount, JsonNode metadata) {
        String id = SandboxIds.payment();
        ObjectNode t = json.createObjectNode().put("transactionId", id).put("category", category).put("provider", "Mpesa")
                .put("providerRefId", SandboxIds.receipt()).put("providerChannel", "525900").put("clientAccount", phone)
                .put("productName", "VoicePact").put("sourceType", "PhoneNumber").put("source", phone)
                .put("destinationType", "Wallet").put("destination", "PaymentWallet")
                .put("value", currency + " " + amount.setScale(4, RoundingMode.UNNECESSARY).toPlainString())
                .put("transactionFee", currency + " 0.0000").put("providerFee", currency + " 0.0000").put("status", "Pending")
                .put("description", "Waiting for user input").put("transactionDate", AT_DATE.format(clock.instant().atOffset(ZoneOffset.UTC)))
                .put("direction", category.equals("MobileB2C") ? "Outbound" : "Inbound").put("origin", "ApiRequest");
        t.set("requestMetadata", metadata.isMissingNode() ? json.createObjectNode() : metadata);
        t.set("providerMetadata", json.createObjectNode());
        transactions.put(id, t);
        return t;
    }

    private static BigDecimal amountOf(JsonNode t) {
        return new BigDecimal(t.path("value").asText().split(" ")[1]);
    }

    synchronized ObjectNode balance() {
        return json.createObjectNode().put("status", "Success").put("balance", "KES " + wallet.setScale(4, RoundingMode.UNNECESSARY)
                .toPlainString());
    }

    synchronized ObjectNode find(String transactionId) {
        ObjectNode t = transactions.get(transactionId);
        if (t == null) {
            return json.createObjectNode().put("status", "Failed").put("errorMessage", "Transaction " + transactionId + " not found");
        }
        ObjectNode answer = json.createObjectNode().put("status", "Success");
        answer.set("data", t.deepCopy());
        return answer;
    }

    synchronized ObjectNode fetch(String category, String startDate, String endDate) {
        ObjectNode answer = json.createObjectNode().put("status", "Success");
        var responses = answer.putArray("responses");
        for (ObjectNode t : transactions.values()) {
            String date = t.path("transactionDate").asText();
            boolean inCategory = category == null || category.equals(t.path("category").asText());
            boolean inRange = (startDate == null || date.compareTo(startDate) >= 0) && (endDate == null || date.compareTo(endDate) < 0);
            if (inCategory && inRange) {
                responses.add(t.deepCopy());
            }
        }
        return answer;
    }

    synchronized List<ObjectNode> pendingCheckouts(String phone) {
        return transactions.values().stream().filter(t -> "MobileCheckout".equals(t.path("category").asText()))
                .filter(t -> "Pending".equals(t.path("status").asText()) && phone.equals(t.path("source").asText()))
                .map(ObjectNode::deepCopy).toList();
    }

    synchronized BigDecimal wallet() {
        return wallet;
    }
}
