package com.voicepact.adapter.out.africastalking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Report;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Source;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Written;
import com.voicepact.application.escrow.port.out.PaymentCallbacksPort;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * AT's payment notification, read for the application: both shapes, JSON ({@code value: "KES 375.0000"}, our ids in
 * {@code requestMetadata}) and the product docs' form ({@code amount=5000.0}, no currency), at the route
 * {@value #ROUTE}. AT writes a missing value as {@code None}: the same as absent. Words: {@link AtPaymentWords}.
 * Source: AT payments notification, /work/shared/reference/africastalking.md ("Payment notification").
 *
 * <p>A notification with no transaction id, or a status other than {@code Success}/{@code Failed}, is
 * {@link Reading.Unreadable} (there is nothing to record it under); an amount we cannot read is kept as written
 * ({@link Written#unreadable()}), so the event is recorded and flagged and AT stops resending it.
 */
public final class AtPaymentCallbacks implements PaymentCallbacksPort {

    /** Where AT posts payment notifications, relative to the payments callback base ({@code /api/v1/payments/webhook}). */
    public static final String ROUTE = "webhook";

    /** How AT writes a missing value. */
    static final String MISSING = "None";

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Override
    public boolean reads(String route) {
        return ROUTE.equals(route);
    }

    @Override
    public Reading read(String route, String contentType, String body) {
        try {
            if (body == null || body.isBlank()) {
                return new Reading.Unreadable("the notification body is empty");
            }
            boolean form = contentType != null && contentType.startsWith("application/x-www-form-urlencoded");
            return new Reading.Settle(List.of(form ? fromForm(body) : fromJson(body)));
        } catch (InvalidValueException unreadable) {
            return new Reading.Unreadable(unreadable.getMessage());
        }
    }

    private static SettleMovementCommand fromJson(String body) {
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (JsonProcessingException | NumberFormatException e) {
            // NumberFormatException: a number whose exponent overflows; the parser's words name our classes
            throw new InvalidValueException("the notification is not valid JSON");
        }
        InvalidValueException.require(n != null && !n.isNull() && !n.isMissingNode(), "the notification is empty");
        if (!n.isObject()) {
            throw new InvalidValueException(
                    "the notification must be a JSON object ({\"transactionId\": ..., \"status\": ...}), not "
                            + (n.isArray() ? "a list" : "a single value"));
        }
        JsonNode metadata = n.path("requestMetadata").isObject() ? n.get("requestMetadata") : JSON.createObjectNode();
        String value = text(n.get("value")) != null ? text(n.get("value")) : text(n.get("amount"));
        String ours = text(metadata.get("payout_id")) != null
                ? text(metadata.get("payout_id"))
                : text(metadata.get("transaction_id"));
        return build(
                text(n.get("transactionId")),
                text(n.get("category")),
                text(n.get("status")),
                value,
                text(n.get("transactionFee")),
                text(n.get("description")),
                ours,
                body);
    }

    /** A field's text: a string ({@code None} and blank are absent) or a number or boolean as written; anything else absent. */
    private static String text(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return present(value.asText());
        }
        return value.isNumber() || value.isBoolean() ? value.asText() : null;
    }

    private static SettleMovementCommand fromForm(String body) {
        Map<String, String> f = AtFormBody.fields(body);
        String value = f.containsKey("value") ? f.get("value") : f.get("amount");
        return build(
                f.get("transactionId"),
                f.get("category"),
                f.get("status"),
                value,
                f.get("transactionFee"),
                f.get("description"),
                null,
                body);
    }

    private static SettleMovementCommand build(
            String id,
            String category,
            String status,
            String value,
            String fee,
            String description,
            String ourReference,
            String raw) {
        Amount amount = Amount.parse(value);
        Amount feeAmount = Amount.parse(fee); // a fee we cannot read is no fee: it only ever adds a ledger line
        InvalidValueException.requireId(id, "transactionId", 100);
        boolean succeeded = AtPaymentWords.notificationSucceeded(status);
        Written written = new Written(amount.currency(), amount.value(), feeAmount.value(), amount.unreadable());
        Report report = succeeded
                ? typedSuccess(amount, id)
                : new Report.Typed(new MovementOutcome.Failed(AtPaymentWords.reasonOf(description), description));
        return new SettleMovementCommand(
                AtPaymentWords.movementOf(category), id, ourReference, report, written, Source.CALLBACK, raw);
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

    private static String present(String value) {
        return value == null || value.isBlank() || MISSING.equals(value.strip()) ? null : value;
    }

    /**
     * {@code "KES 375.0000"}, {@code "375.00"} or absent. A number of any size is read as it is; text that is no amount in
     * a currency we settle in ({@code USD 9000}, {@code KES abc}) is kept as {@code unreadable}, cut to 40 characters.
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
            String shown = text.strip();
            return new Amount(null, null, shown.length() <= 40 ? shown : shown.substring(0, 40) + "...");
        }
    }
}
