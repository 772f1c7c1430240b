package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The answers of AT's payments API, in the sandbox: checkout, B2C, wallet balance, find and fetch. They only shape
 * JSON; the caller holds the lock over the transactions they read.
 */
final class AtPaymentAnswers {

    private final ObjectMapper json;

    AtPaymentAnswers(ObjectMapper json) {
        this.json = json;
    }

    /** The checkout's answer; {@code transactionId} only when a transaction was opened. */
    ObjectNode checkout(String status, String description, String transactionId) {
        ObjectNode node = json.createObjectNode()
                .put("description", description)
                .put("providerChannel", "525900")
                .put("status", status);
        if (transactionId != null) {
            node.put("transactionId", transactionId);
        }
        return node;
    }

    /** The B2C answer over its entries; the total counts every recipient, queued or not. */
    ObjectNode payouts(List<ObjectNode> entries, BigDecimal total) {
        ObjectNode answer = json.createObjectNode();
        answer.put(
                "numQueued",
                entries.stream()
                        .filter(e -> "Queued".equals(e.path("status").asText()))
                        .count());
        answer.put("totalValue", AtTransactions.money("KES", total));
        answer.put("totalTransactionFee", "KES 0.0000");
        answer.putArray("entries").addAll(entries);
        return answer;
    }

    ObjectNode balance(BigDecimal wallet) {
        return json.createObjectNode().put("status", "Success").put("balance", AtTransactions.money("KES", wallet));
    }

    /** {@code /query/transaction/find}: a copy of the transaction, or Failed when {@code t} is null. */
    ObjectNode find(String transactionId, ObjectNode t) {
        if (t == null) {
            return json.createObjectNode()
                    .put("status", "Failed")
                    .put("errorMessage", "Transaction " + transactionId + " not found");
        }
        ObjectNode answer = json.createObjectNode().put("status", "Success");
        answer.set("data", t.deepCopy());
        return answer;
    }

    /** {@code /query/transaction/fetch}: each filter is optional; dates compare as AT's date text, end excluded. */
    ObjectNode fetch(Collection<ObjectNode> transactions, String category, String startDate, String endDate) {
        ObjectNode answer = json.createObjectNode().put("status", "Success");
        var responses = answer.putArray("responses");
        for (ObjectNode t : transactions) {
            String date = t.path("transactionDate").asText();
            boolean inCategory =
                    category == null || category.equals(t.path("category").asText());
            boolean inRange = (startDate == null || date.compareTo(startDate) >= 0)
                    && (endDate == null || date.compareTo(endDate) < 0);
            if (inCategory && inRange) {
                responses.add(t.deepCopy());
            }
        }
        return answer;
    }
}
