package com.voicepact.domain.common;

import com.voicepact.domain.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one rule of a signed provider callback, for the side that signs (a signing proxy in front of the service, or
 * our local sandboxes) and the side that checks (the web adapter's callback guard) alike. Africa's Talking and
 * Daraja sign nothing, so the scheme is ours:
 * <pre>
 *   X-VoicePact-Timestamp: &lt;epoch seconds&gt;
 *   X-Africastalking-Signature: sha256=&lt;hex HMAC-SHA256(secret, timestamp + "." + raw body)&gt;
 * </pre>
 * accepted while the timestamp is within {@link #WINDOW} of the receiver's clock, either way. That a signature is
 * accepted only once is the receiver's memory, not this rule: {@link Accepted#hmac()} is what it remembers, until
 * {@link Accepted#keptUntil()}.
 */
public final class CallbackSignature {

    public static final String SIGNATURE_HEADER = "X-Africastalking-Signature";
    public static final String TIMESTAMP_HEADER = "X-VoicePact-Timestamp";
    /** How far a callback's timestamp may be from the receiver's clock, before or after. */
    public static final Duration WINDOW = Duration.ofMinutes(5);

    private static final String SCHEME = "sha256=";

    private final byte[] secret;

    /** @throws InvalidValueException when {@code secret} is null or blank (no key signs anything) */
    public CallbackSignature(String secret) {
        InvalidValueException.require(secret != null && !secret.isBlank(), "a callback signing secret is required");
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The rule for {@code secret}, or empty when it is null or blank: callbacks go unsigned (and are not checked). */
    public static Optional<CallbackSignature> ifSecret(String secret) {
        return secret == null || secret.isBlank() ? Optional.empty() : Optional.of(new CallbackSignature(secret));
    }

    /** The two header values of a callback: {@code timestamp} for {@link #TIMESTAMP_HEADER}, {@code signature} for {@link #SIGNATURE_HEADER}. */
    public record Signed(String timestamp, String signature) {}

    /** The headers for {@code body} sent at {@code sentAt} (whole epoch seconds: the fraction is dropped). */
    public Signed sign(Instant sentAt, String body) {
        String timestamp = Long.toString(sentAt.getEpochSecond());
        return new Signed(timestamp, SCHEME + hmac(timestamp + "." + body));
    }

    /** What {@link #verify} found: accepted, or refused for a {@link Refusal}. */
    public sealed interface Verdict permits Accepted, Refused {}

    /** An authentic callback: {@code hmac} (hex, without {@code sha256=}) identifies it, {@code sentAt} is its timestamp. */
    public record Accepted(String hmac, Instant sentAt) implements Verdict {
        /** Until when a receiver must remember {@link #hmac()}: after that, the timestamp alone refuses a replay. */
        public Instant keptUntil() {
            return sentAt.plus(WINDOW);
        }
    }

    public record Refused(Refusal reason) implements Verdict {}

    /** Why a callback is not authentic, each with the reason a refusal gives (in the order they are checked). */
    public enum Refusal {
        MISSING(SIGNATURE_HEADER + " and " + TIMESTAMP_HEADER + " are required"),
        TIMESTAMP_NOT_SECONDS(TIMESTAMP_HEADER + " must be epoch seconds"),
        OUTSIDE_WINDOW("the callback timestamp is outside the 5-minute window"),
        MISMATCH("the callback signature does not match its body");

        private final String message;

        Refusal(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /**
     * Checks the header values received with {@code body} (the raw body, exactly as received; {@code ""} for none)
     * against the receiver's clock {@code now}. Blanks around the signature, and around the timestamp when it is read as
     * a number, are ignored, but the timestamp is signed exactly as sent; the signature is compared in constant time.
     *
     * @param timestamp the {@link #TIMESTAMP_HEADER} value, or null when absent
     * @param signature the {@link #SIGNATURE_HEADER} value, or null when absent
     */
    public Verdict verify(String timestamp, String signature, String body, Instant now) {
        if (signature == null || timestamp == null) {
            return new Refused(Refusal.MISSING);
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return new Refused(Refusal.TIMESTAMP_NOT_SECONDS);
        }
        if (Math.abs(now.getEpochSecond() - sentAt) > WINDOW.getSeconds()) {
            return new Refused(Refusal.OUTSIDE_WINDOW);
        }
        String hmac = hmac(timestamp + "." + body);
        if (!MessageDigest.isEqual(
                (SCHEME + hmac).getBytes(StandardCharsets.US_ASCII),
                signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            return new Refused(Refusal.MISMATCH);
        }
        return new Accepted(hmac, Instant.ofEpochSecond(sentAt));
    }

    private String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides HmacSHA256", e);
        }
    }
}
