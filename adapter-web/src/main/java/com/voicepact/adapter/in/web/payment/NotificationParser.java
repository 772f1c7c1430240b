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
import java.math.BigDecimal;
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
        Amount amount = Amount.parse(value, "value");
        Amount feeAmount = Amount.parse(fee, "transactionFee");
        InvalidValueException.requireId(id, "transactionId", 100);
        boolean succeeded = AtCallbackWords.succeeded(status);
        Written written = new Written(amount.currency(), amount.value(), feeAmount.value());
        Report report = succeeded ? typedSuccess(amount, id)
                : new Report.Typed(new MovementOutcome.Failed(AtCallbackWords.reasonOf(description), description));
        MoneyMovement movement = AtCallbackWords.movementOf(category);
        return new SettleMovementCommand(movement, id, clientTransactionId, report, written, Source.CALLBACK, raw);
    }

    /** A success whose amount is a usable Money on its own is typed; any other is judged by the use case against the payment. */
    private static Report typedSuccess(Amount amount, String providerReference) {
        if (amount.currency() == null || amount.value() == null) {
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
     * is read as it is: whether it can be applied is the use case's judgement, which records and flags
     * a notification it cannot apply and answers 200, so that the provider stops resending it. Text that
     * is not a number at all (or longer than any amount is written) is a malformed notification: 400.
     */
    record Amount(CurrencyCode currency, BigDecimal value) {

        /** Longer than "KES " and 16 whole digits and 4 decimals by far: a number is not written so long. */
        private static final int MAX_TEXT = 60;

        static Amount parse(String text, String field) {
            if (present(text) == null) {
                return new Amount(null, null);
            }
            String[] parts = text.strip().split("\\s+");
            InvalidValueException.require(text.length() <= MAX_TEXT && parts.length <= 2, field + " '" + shortened(text)
                    + "' is not an amount");
            try {
                return parts.length == 2 ? new Amount(CurrencyCode.parse(parts[0]), new BigDecimal(parts[1]))
                        : new Amount(null, new BigDecimal(parts[0]));
            } catch (NumberFormatException e) {
                throw new InvalidValueException(field + " '" + shortened(text) + "' is not an amount");
            }
        }

        private static String shortened(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "...";
        }
    }
}
