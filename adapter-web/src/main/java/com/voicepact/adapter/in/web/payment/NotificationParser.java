package com.voicepact.adapter.in.web.payment;

import com.voicepact.adapter.in.web.callback.FormBody;
import com.voicepact.application.port.in.PaymentNotification;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads both shapes of the payment notification: AT's JSON ({@code value: "KES 375.0000"}) and the
 * product docs' form ({@code amount=5000.0}, no currency). Anything else is refused as invalid input.
 */
@Singleton
final class NotificationParser {

    private final JsonMapper json;

    NotificationParser(JsonMapper json) {
        this.json = json;
    }

    PaymentNotification parse(String contentType, String body) {
        InvalidValueException.require(body != null && !body.isBlank(), "the notification body is empty");
        boolean form = contentType != null && contentType.startsWith("application/x-www-form-urlencoded");
        return form ? fromForm(body) : fromJson(body);
    }

    private PaymentNotification fromJson(String body) {
        AtPaymentNotification n;
        try {
            n = json.readValue(body, AtPaymentNotification.class);
        } catch (IOException | RuntimeException e) {
            throw new InvalidValueException("the notification is not valid JSON"); // the parser's words name our classes
        }
        InvalidValueException.require(n != null, "the notification is empty");
        Map<String, String> metadata = n.requestMetadata() == null ? Map.of() : n.requestMetadata();
        String value = present(n.value()) != null ? n.value() : n.amount();
        return build(present(n.transactionId()), present(n.category()), present(n.status()), value, n.transactionFee(),
                present(n.description()), present(metadata.getOrDefault("payout_id", metadata.get("transaction_id"))), body);
    }

    private static PaymentNotification fromForm(String body) {
        Map<String, String> f;
        try {
            f = FormBody.parse(body);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("the notification is not a valid form body: " + e.getMessage());
        }
        String value = f.containsKey("value") ? f.get("value") : f.get("amount");
        return build(f.get("transactionId"), f.get("category"), f.get("status"), value, f.get("transactionFee"),
                f.get("description"), null, body);
    }

    private static PaymentNotification build(String id, String category, String status, String value, String fee,
                                             String description, String clientTransactionId, String raw) {
        Amount amount = Amount.parse(value, "value");
        Amount feeAmount = Amount.parse(fee, "transactionFee");
        return new PaymentNotification(id, category, status, amount.currency(), amount.value(), feeAmount.value(), description,
                clientTransactionId, raw);
    }

    /** AT writes a missing value as {@code None}; in JSON as in forms it is the same as absent. */
    private static String present(String value) {
        return value == null || value.isBlank() || FormBody.AT_MISSING.equals(value.strip()) ? null : value;
    }

    /** {@code "KES 375.0000"}, {@code "375.00"} or absent ({@code None} included). */
    record Amount(CurrencyCode currency, BigDecimal value) {

        static Amount parse(String text, String field) {
            if (present(text) == null) {
                return new Amount(null, null);
            }
            String[] parts = text.strip().split("\\s+");
            try {
                Amount amount = parts.length == 2 ? new Amount(CurrencyCode.parse(parts[0]), new BigDecimal(parts[1]))
                        : new Amount(null, new BigDecimal(parts[0]));
                InvalidValueException.require(isPlausible(amount.value()), field + " '" + shortened(text) + "' is not an amount");
                return amount;
            } catch (NumberFormatException e) {
                throw new InvalidValueException(field + " '" + shortened(text) + "' is not an amount");
            }
        }

        /** At most 13 whole digits (far above any mobile-money limit) and 4 decimals, AT's widest. */
        private static boolean isPlausible(BigDecimal value) {
            BigDecimal v = value.stripTrailingZeros();
            return v.scale() <= 4 && v.precision() - v.scale() <= 13;
        }

        private static String shortened(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "...";
        }
    }
}
