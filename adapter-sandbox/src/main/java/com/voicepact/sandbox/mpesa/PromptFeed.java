package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.voicepact.sandbox.EventStream;
import com.voicepact.sandbox.ReadableAmount;

/**
 * The STK prompts as the phone simulator page draws them, listed ({@code GET /sandbox/daraja/phones/{phone}/prompts})
 * and pushed as they open and close ({@code GET /sandbox/daraja/events}, events named {@code prompt}):
 * {@code {checkout_request_id, phone (2547XXXXXXXX), amount (plain KES), amount_text ("KES 9,000"), business,
 * account_reference, transaction_desc, state}}, {@code state} being {@code waiting}, then {@code paid},
 * {@code wrong-pin}, {@code cancelled}, {@code ignored} or {@code timed-out} (a closing event carries the id and the
 * state only).
 */
final class PromptFeed implements AutoCloseable {

    private final ObjectMapper json;
    private final EventStream stream = new EventStream();

    PromptFeed(ObjectMapper json) {
        this.json = json;
    }

    EventStream stream() {
        return stream;
    }

    ObjectNode view(StkPrompt p) {
        return json.createObjectNode()
                .put("checkout_request_id", p.checkoutRequestId())
                .put("phone", p.phone())
                .put("amount", p.amount().toPlainString())
                .put("amount_text", ReadableAmount.of("KES", p.amount()))
                .put("business", p.business())
                .put("account_reference", p.accountReference())
                .put("transaction_desc", p.transactionDesc())
                .put("state", "waiting");
    }

    /** A prompt now shows on its payer's phone. */
    void opened(StkPrompt prompt) {
        stream.publish("prompt", view(prompt).toString());
    }

    /** The prompt is gone from the phone: answered ({@code resultCode}), ignored (null) or timed out (1037). */
    void closed(String checkoutRequestId, Integer resultCode) {
        String state = resultCode == null
                ? "ignored"
                : switch (resultCode) {
                    case 0 -> "paid";
                    case 2001 -> "wrong-pin";
                    case 1032 -> "cancelled";
                    case 1037 -> "timed-out";
                    default -> "closed";
                };
        stream.publish(
                "prompt",
                json.createObjectNode()
                        .put("checkout_request_id", checkoutRequestId)
                        .put("state", state)
                        .toString());
    }

    @Override
    public void close() {
        stream.close();
    }
}
