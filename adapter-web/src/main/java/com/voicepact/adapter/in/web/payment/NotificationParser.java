package com.voicepact.adapter.in.web.payment;

import com.voicepact.adapter.in.web.body.JsonText;
import com.voicepact.adapter.in.web.callback.FormBody;
import com.voicepact.application.port.in.SettleMovementCommand;
import com.voicepact.application.port.in.SettleMovementCommand.Report;
import com.voicepact.application.port.in.SettleMovementCommand.Source;
import com.voicepact.application.port.in.SettleMovementCommand.Written;
import com.voicepact.application.port.shared.MoneyMovement;
import com.voicepact.application.port.shared.MovementOutcome;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import io.micronaut.core.type.Argument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads both shapes of AT's payment notification, JSON ({@code value: "KES 375.0000"}) and the product
 * docs' form ({@code amount=5000.0}, no currency), and maps AT's words to the settle use case's typed
 * terms ({@link AtCallbackWords}). Anything else is refused as invalid input. Source: AT payments
 * notification, /work/shared/reference/africastalking.md ("Payment notification").
 */
@Singleton
final class NotificationParser {

    private final JsonMapper json;

    NotificationParser(JsonMapper json) {
        this.json = json;
    }

    SettleMovementCommand parse(String contentType, String body) {
        InvalidValueException.require(body != null && !body.isBlank(), "the notification body is empty");
        boolean form = contentType != null && contentType.startsWith("application/x-www-form-urlencoded");
        return form ? fromForm(body) : fromJson(body);
    }

    private SettleMovementCommand fromJson(String body) {
        JsonText.requireOneValue(body); // a text/plain body is read as JSON here, past the body filter's JSON check
        Object read;
        try {
            read = json.readValue(body, Argument.OBJECT_ARGUMENT);
        } catch (IOException | RuntimeException e) {
            throw new InvalidValueException("the notification is not valid JSON"); // the parser's words name our classes
        }
        InvalidValueException.require(read != null, "the notification is empty");
        if (!(read instanceof Map<?, ?> n)) {
            throw new InvalidValueException("the notification must be a JSON object ({\"transactionId\": ..., \"status\": ...}), not "
                    + (read instanceof List<?> ? "a list" : "a single value"));
        }
        Map<?, ?> metadata = n.get("requestMetadata") instanceof Map<?, ?> m ? m : Map.of(); // None, or anything else: no metadata
        String value = text(n.get("value")) != null ? text(n.get("value")) : text(n.get("amount"));
        String ours = text(metadata.get("payout_id")) != null ? text(metadata.get("payout_id")) : text(metadata.get("transaction_id"));
        return build(text(n.get("transactionId")), text(n.get("category")), text(n.get("status")), value,
                text(n.get("transactionFee")), text(n.get("description")), ours, body);
    }

    /**
     * A field's text: a JSON string ({@code None} and blank are absent) or a number as written; an
     * object or a list where a text belongs is absent too, since we read only the values we sent.
     */
    private static String text(Object value) {
        if (value instanceof String s) {
            return present(s);
        }
        return value instanceof Number || value instanceof Boolean ? value.toString() : null;
    }

    private static SettleMovementCommand fromForm(String body) {
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

    private static SettleMovementCommand build(String id, String category, String status, String value, String fee,
                                               String description, String clientTransactionId, String raw) {
        Amount amount = Amount.parse(value);
        Amount feeAmount = Amount.parse(fee); // a fee we cannot read is no fee: it only ever adds a ledger line
        InvalidValueException.requireId(id, "transactionId", 100);
        boolean succeeded = AtCallbackWords.succeeded(status);
        Written written = new Written(amount.currency(), amount.value(), feeAmount.value(), amount.unreadable());
        Report report = succeeded ? typedSuccess(amount, id)
                : new Report.Typed(new MovementOutcome.Failed(AtCallbackWords.reasonOf(description), description));
        MoneyMovement movement = AtCallbackWords.movementOf(category);
        return new SettleMovementCommand(movement, id, clientTransactionId, report, written, Source.CALLBACK, raw);
    }

    /** A success whose amount is a usable Money on its own is typed; any other is judged by the use case against the payment. */
    private static Report typedSuccess(Amount amount, String providerReference) {
        if (amount.unreadable() != null || amount.currency() == null || amount.value() == null) {
            return new Report.SucceededAsWritten();
        }
        try {
            Money money = Money.positive(amount.value().stripTrailingZeros(), amount.currency(), "the reported amount");
            return new Report.Typed(new MovementOutcome.Succeeded(money, providerReference));
        } catch (InvalidValueException unusable) {
            return new Report.SucceededAsWritten();
        }
    }

    /** AT writes a missing value as {@code None}; in JSON as in forms it is the same as absent. */
    private static String present(String value) {
        return value == null || value.isBlank() || FormBody.AT_MISSING.equals(value.strip()) ? null : value;
    }

    /**
     * {@code "KES 375.0000"}, {@code "375.00"} or absent ({@code None} included). A number of any size
     * is read as it is: whether it can be applied is the use case's judgement. Text that is no amount
     * in a currency we settle in ({@code USD 9000}, {@code KES abc}, an exponent past any number) is kept
     * as {@code unreadable}, quoted short: the use case records and flags it and the answer is 200,
     * so that the provider stops resending a notification that can never be applied.
     */
    record Amount(CurrencyCode currency, BigDecimal value, String unreadable) {

        static Amount parse(String text) {
            if (present(text) == null) {
                return new Amount(null, null, null);
            }
            String[] parts = text.strip().split("\\s+");
            try {
                if (parts.length == 2) {
                    return new Amount(CurrencyCode.parse(parts[0]), new BigDecimal(parts[1]), null);
                }
                if (parts.length == 1) {
                    return new Amount(null, new BigDecimal(parts[0]), null);
                }
            } catch (NumberFormatException | InvalidValueException e) {
                // below: unreadable
            }
            return new Amount(null, null, shortened(text.strip()));
        }

        private static String shortened(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "...";
        }
    }
}
