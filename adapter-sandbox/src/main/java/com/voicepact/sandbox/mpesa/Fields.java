package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks the fields of a Daraja request body the way Daraja refuses them: the first bad field
 * answers {@code 400.002.02 "Bad Request - Invalid <Field>"}. Numbers may come as JSON numbers or strings
 * (Daraja takes both, and clients send both).
 */
final class Fields {

    private static final Pattern PHONE = Pattern.compile("254[71]\\d{8}");
    /** Words Safaricom refuses in callback URLs (see mpesa-daraja.md, "How callbacks behave"). */
    private static final List<String> FORBIDDEN_IN_URLS =
            List.of("mpesa", "m-pesa", "safaricom", "sql", "query", "exec", "cmd");

    private final JsonNode body;

    Fields(JsonNode body) {
        this.body = body;
    }

    String text(String name) {
        JsonNode node = body.get(name);
        if (node == null
                || node.isNull()
                || node.isContainerNode()
                || node.asText().isBlank()) {
            throw GatewayError.invalid(name);
        }
        return node.asText().strip();
    }

    String optionalText(String name) {
        JsonNode node = body.get(name);
        return node == null || node.isNull() ? "" : node.asText();
    }

    String textOfLength(String name, int min, int max) {
        String value = text(name);
        if (value.length() < min || value.length() > max) {
            throw GatewayError.invalid(name);
        }
        return value;
    }

    String exactly(String name, String expected) {
        if (!text(name).equals(expected)) {
            throw GatewayError.invalid(name);
        }
        return expected;
    }

    String oneOf(String name, Set<String> allowed) {
        String value = text(name);
        if (!allowed.contains(value)) {
            throw GatewayError.invalid(name);
        }
        return value;
    }

    /** A whole, positive number of shillings ({@code 10}, {@code "10"} and {@code 10.00} are the same). */
    BigDecimal wholeAmount(String name) {
        String raw = text(name);
        try {
            BigDecimal amount = new BigDecimal(raw).stripTrailingZeros();
            if (amount.signum() <= 0 || amount.scale() > 0) {
                throw GatewayError.invalid(name);
            }
            return amount.setScale(0);
        } catch (NumberFormatException e) {
            throw GatewayError.invalid(name);
        }
    }

    /** A Safaricom number in international form without the plus: 2547XXXXXXXX or 2541XXXXXXXX. */
    String phone(String name) {
        String value = text(name);
        if (!PHONE.matcher(value).matches()) {
            throw GatewayError.invalid(name);
        }
        return value;
    }

    String digits(String name) {
        String value = text(name);
        if (!value.chars().allMatch(Character::isDigit)) {
            throw GatewayError.invalid(name);
        }
        return value;
    }

    /** An absolute http(s) URL free of the words Safaricom refuses. */
    String callbackUrl(String name) {
        String value = text(name);
        try {
            URI uri = URI.create(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String lower = value.toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || FORBIDDEN_IN_URLS.stream().anyMatch(lower::contains)) {
                throw GatewayError.invalid(name);
            }
            return value;
        } catch (IllegalArgumentException e) {
            throw GatewayError.invalid(name);
        }
    }
}
