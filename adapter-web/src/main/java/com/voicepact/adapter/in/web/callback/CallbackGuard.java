package com.voicepact.adapter.in.web.callback;

import com.voicepact.application.port.out.CallbackReplays;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one authentication of every provider callback (payments, SMS, USSD, voice). AT and Daraja sign nothing,
 * so: the source address must be allowed (by path prefix when {@link CallbackSettings#allowedCidrsByPath()} names one;
 * every refusal is logged with the address); the URL token must match when one is configured; and when
 * a signing secret is set, {@code X-Africastalking-Signature: sha256=<hex HMAC(secret, timestamp + "." + body)>}
 * with {@code X-VoicePact-Timestamp} (epoch seconds) within 5 minutes, each signature accepted once while
 * its timestamp is in the window, across restarts ({@link CallbackReplays}, stored with the data): a
 * callback we answered 5xx may come again with the same signature ({@link CallbackReplayFilter} forgets it).
 */
@Singleton
public final class CallbackGuard {

    public static final String SIGNATURE_HEADER = "X-Africastalking-Signature";
    public static final String TIMESTAMP_HEADER = "X-VoicePact-Timestamp";
    static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);
    private static final String REMEMBERED = CallbackGuard.class.getName() + ".signature";
    private static final Logger LOG = LoggerFactory.getLogger(CallbackGuard.class);
    private final CallbackSettings settings;
    private final List<Cidr> allowed;
    private final java.util.Map<String, List<Cidr>> allowedByPath;
    private final Clock clock;
    private final CallbackReplays replays;

    public CallbackGuard(CallbackSettings settings, Clock clock, CallbackReplays replays) {
        this.settings = settings;
        this.allowed = settings.allowedCidrs().stream().map(Cidr::parse).toList();
        this.allowedByPath = new java.util.HashMap<>();
        settings.allowedCidrsByPath().forEach((prefix, cidrs) -> allowedByPath.put(prefix, cidrs.stream().map(Cidr::parse).toList()));
        this.clock = clock;
        this.replays = replays;
    }

    /** Whether callback URLs carry the secret token ({@code VOICEPACT_CALLBACK_TOKEN} is set). */
    public boolean requiresToken() {
        return settings.token() != null;
    }

    /** @throws CallbackRejectedException when the callback is not authentic; nothing may be done with it then */
    public void verify(HttpRequest<?> request, String pathToken, String rawBody) {
        try {
            requireAllowedSource(request);
            requireToken(pathToken != null ? pathToken : request.getParameters().get("token"));
            requireSignature(request, rawBody == null ? "" : rawBody);
        } catch (CallbackRejectedException rejected) {
            LOG.warn("callback {} {} refused: {}", request.getMethodName(), request.getPath(), rejected.getMessage());
            throw rejected;
        }
    }

    private void requireAllowedSource(HttpRequest<?> request) {
        InetAddress source = request.getRemoteAddress().getAddress();
        List<Cidr> allowedHere = allowedByPath.entrySet().stream()
                .filter(e -> request.getPath().equals(e.getKey()) || request.getPath().startsWith(e.getKey() + "/"))
                .max(java.util.Map.Entry.comparingByKey(java.util.Comparator.comparingInt(String::length)))
                .map(java.util.Map.Entry::getValue).orElse(allowed);
        if (source == null || allowedHere.stream().noneMatch(c -> c.contains(source))) {
            throw new CallbackRejectedException("source address " + (source == null ? "unknown" : source.getHostAddress())
                    + " is not allowed to send callbacks", true);
        }
    }

    private void requireToken(String presented) {
        if (settings.token() == null) {
            return;
        }
        if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                settings.token().getBytes(StandardCharsets.UTF_8))) {
            throw new CallbackRejectedException("the callback URL token is missing or wrong", false);
        }
    }

    private void requireSignature(HttpRequest<?> request, String body) {
        if (settings.signingSecret() == null) {
            return;
        }
        String signature = request.getHeaders().get(SIGNATURE_HEADER);
        String timestamp = request.getHeaders().get(TIMESTAMP_HEADER);
        if (signature == null || timestamp == null) {
            throw new CallbackRejectedException(SIGNATURE_HEADER + " and " + TIMESTAMP_HEADER + " are required", false);
        }
        long sentAt = parseSeconds(timestamp);
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - sentAt) > REPLAY_WINDOW.getSeconds()) {
            throw new CallbackRejectedException("the callback timestamp is outside the 5-minute window", false);
        }
        String hmac = sign(settings.signingSecret(), timestamp + "." + body);
        if (!MessageDigest.isEqual(("sha256=" + hmac).getBytes(StandardCharsets.US_ASCII), signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw new CallbackRejectedException("the callback signature does not match its body", false);
        }
        // Kept until its timestamp leaves the window: up to then the same request would pass every other check.
        Instant keptUntil = Instant.ofEpochSecond(sentAt).plus(REPLAY_WINDOW);
        if (replays.remember(hmac, Instant.ofEpochSecond(now), keptUntil) == CallbackReplays.Receipt.REPLAY) {
            throw new CallbackRejectedException("this signed callback was received before (replay)", false);
        }
        request.setAttribute(REMEMBERED, hmac);
    }

    /**
     * Forgets the signature this request was accepted with: we failed to handle it, so the same signed
     * callback sent again is the provider's resend (or a replay of something that changed nothing), not a
     * replay of something done.
     */
    void forgetSignatureOf(HttpRequest<?> request) {
        request.getAttribute(REMEMBERED, String.class).ifPresent(replays::forget);
    }

    private static long parseSeconds(String timestamp) {
        try {
            return Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new CallbackRejectedException(TIMESTAMP_HEADER + " must be epoch seconds", false);
        }
    }

    /** HMAC-SHA256 hex of a message: what a signing proxy (or our AT sandbox) puts in the signature header. */
    public static String sign(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides HmacSHA256", e);
        }
    }
}
