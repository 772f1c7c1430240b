package com.voicepact.adapter.out.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the values inside Daraja's callbacks are read ({@link DarajaCallbacks}, {@link DarajaResults}): the JSON body, its
 * codes and ids, {@code Key}/{@code Value} lists, amounts (never a number no M-Pesa field has: see {@link #number}) and
 * dates in East Africa Time. Every refusal is an {@link IllegalArgumentException} in our words, fit for a 400 answer.
 */
final class DarajaWireValues {

    static final DateTimeFormatter STK_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    static final DateTimeFormatter RESULT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private DarajaWireValues() {}

    static Map<String, String> keyed(JsonNode items) {
        Map<String, String> values = new LinkedHashMap<>();
        List<JsonNode> list = new ArrayList<>();
        if (items.isArray()) {
            items.forEach(list::add);
        } else if (items.isObject()) {
            list.add(items);
        }
        for (JsonNode item : list) {
            JsonNode value = item.get("Value");
            if (item.hasNonNull("Key") && value != null && !value.isNull()) {
                values.put(item.get("Key").asText(), DarajaHttp.text(value));
            }
        }
        return Collections.unmodifiableMap(values);
    }

    static String code(JsonNode node) {
        JsonNode code = node.get("ResultCode");
        require(code != null && !code.isNull() && !code.asText().isBlank(), "no ResultCode");
        return code.asText();
    }

    static String id(JsonNode node, String field) {
        String value = node.path(field).asText("");
        require(!value.isBlank(), "no " + field);
        return value;
    }

    /** A number Daraja could write: none with more than {@link DarajaHttp#MOST_DIGITS} digits before or after the point. */
    static Optional<BigDecimal> number(String text) {
        String written = text.strip();
        if (written.length() > 2 * DarajaHttp.MOST_DIGITS + 10) {
            return Optional.empty(); // not parsed at all: parsing a huge digit string is what costs the time
        }
        try {
            BigDecimal number = new BigDecimal(written);
            boolean plausible = Math.abs((long) number.scale()) <= DarajaHttp.MOST_DIGITS
                    && number.precision() - (long) number.scale() <= DarajaHttp.MOST_DIGITS;
            return plausible ? Optional.of(number) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** @throws IllegalArgumentException naming the field, never the parser's words, when {@code text} is no number */
    static BigDecimal decimal(String field, String text) {
        return number(text)
                .orElseThrow(() -> new IllegalArgumentException(field + " '" + shortened(text) + "' is not an amount"));
    }

    static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    static Money kes(BigDecimal amount) {
        return Money.of(amount, CurrencyCode.KES);
    }

    static Instant eat(String value, DateTimeFormatter format) {
        try {
            return LocalDateTime.parse(value.strip(), format)
                    .atZone(DarajaClient.EAST_AFRICA)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a Daraja date");
        }
    }

    static JsonNode read(String body) {
        try {
            JsonNode node = body == null ? null : DarajaHttp.JSON.readTree(body);
            require(node != null && node.isObject(), "the callback body is not a JSON object");
            return node;
        } catch (IOException
                | NumberFormatException e) { // Jackson's NumberFormatException: a number whose exponent overflows
            throw new IllegalArgumentException("the callback body is not JSON, or a number in it cannot be read");
        }
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
