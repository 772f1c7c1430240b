package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * AT's payment transaction as {@code /query/transaction/find} returns it and a payment notification carries it:
 * money as {@code "<currency> <amount with 4 decimals>"}, dates as {@code yyyy-MM-dd HH:mm:ss} in UTC.
 */
final class AtTransactions {

    private static final DateTimeFormatter AT_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AtTransactions() {}

    /** A new transaction, still {@code Pending}, of category {@code MobileCheckout} or {@code MobileB2C}. */
    static ObjectNode pending(
            ObjectMapper json,
            Instant at,
            String category,
            String phone,
            String currency,
            BigDecimal amount,
            JsonNode metadata) {
        ObjectNode t = json.createObjectNode()
                .put("transactionId", SandboxIds.payment())
                .put("category", category)
                .put("provider", "Mpesa")
                .put("providerRefId", SandboxIds.receipt())
                .put("providerChannel", "525900")
                .put("clientAccount", phone)
                .put("productName", "VoicePact")
                .put("sourceType", "PhoneNumber")
                .put("source", phone)
                .put("destinationType", "Wallet")
                .put("destination", "PaymentWallet")
                .put("value", money(currency, amount))
                .put("transactionFee", currency + " 0.0000")
                .put("providerFee", currency + " 0.0000")
                .put("status", "Pending")
                .put("description", "Waiting for user input")
                .put("transactionDate", AT_DATE.format(at.atOffset(ZoneOffset.UTC)))
                .put("direction", category.equals("MobileB2C") ? "Outbound" : "Inbound")
                .put("origin", "ApiRequest");
        t.set("requestMetadata", metadata.isMissingNode() ? json.createObjectNode() : metadata);
        t.set("providerMetadata", json.createObjectNode());
        return t;
    }

    /** AT's money text, e.g. {@code KES 100.0000}. */
    static String money(String currency, BigDecimal amount) {
        return currency + " " + amount.setScale(4, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** The amount of a transaction's {@code value}. */
    static BigDecimal amountOf(JsonNode t) {
        return new BigDecimal(t.path("value").asText().split(" ")[1]);
    }
}
