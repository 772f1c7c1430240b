package com.voicepact.sandbox.mpesa;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Base64;

/**
 * What every M-Pesa Express request (push and query) proves: our {@code BusinessShortCode}, a {@code Timestamp}
 * ({@code yyyyMMddHHmmss}, East Africa Time) and its {@code Password}, base64 of shortcode + passkey + timestamp.
 */
final class StkCredentials {

    /** Daraja's timestamp, also the shape of a callback's {@code TransactionDate}. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    /** Timestamps further than this from East Africa Time's now are refused: catches a client that sends UTC. */
    private static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(10);

    private final Clock clock;
    private final DarajaSandboxSettings settings;

    StkCredentials(Clock clock, DarajaSandboxSettings settings) {
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * @return the request's shortcode
     * @throws GatewayError invalid {@code BusinessShortCode} or {@code Timestamp}, or Daraja's "Wrong credentials" for a
     *     password that does not match
     */
    String check(Fields fields) {
        String shortCode = fields.digits("BusinessShortCode");
        if (!shortCode.equals(settings.shortCode())) {
            throw GatewayError.invalid("BusinessShortCode");
        }
        String password = fields.text("Password");
        String timestamp = fields.text("Timestamp");
        checkTimestamp(timestamp);
        String expected = Base64.getEncoder()
                .encodeToString((shortCode + settings.passkey() + timestamp).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(password)) {
            throw new GatewayError(GatewayError.IN_PROCESS_OR_WRONG_CREDENTIALS, "Wrong credentials");
        }
        return shortCode;
    }

    /** Now in East Africa Time, as Daraja writes a {@code TransactionDate}: {@code 20261130101530}. */
    long transactionDate() {
        return Long.parseLong(TIMESTAMP.format(LocalDateTime.ofInstant(clock.instant(), SandboxIds.EAT)));
    }

    private void checkTimestamp(String timestamp) {
        try {
            LocalDateTime sent = LocalDateTime.parse(timestamp, TIMESTAMP);
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), SandboxIds.EAT);
            if (Duration.between(sent, now).abs().compareTo(TIMESTAMP_TOLERANCE) > 0) {
                throw GatewayError.invalid("Timestamp");
            }
        } catch (DateTimeParseException e) {
            throw GatewayError.invalid("Timestamp");
        }
    }
}
