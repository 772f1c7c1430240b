package com.voicepact.adapter.in.web.callback;

import com.voicepact.application.shared.port.out.CallbackRefusalsPort;
import com.voicepact.application.shared.port.out.CallbackRefusalsPort.Reason;
import com.voicepact.application.shared.port.out.CallbackReplays;
import com.voicepact.domain.common.CallbackSignature;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one authentication of every provider callback (payments, SMS, USSD, voice). AT and Daraja sign nothing,
 * so: the source address must be allowed (by path prefix when {@link CallbackSettings#allowedCidrsByPath()} names one;
 * every refusal is logged with the address); the URL token must match when one is configured; and when
 * a signing secret is set, the request must be signed by the {@link CallbackSignature} rule (HMAC-SHA256 of timestamp
 * and body, the timestamp within 5 minutes), each signature accepted once while
 * its timestamp is in the window, across restarts ({@link CallbackReplays}, stored with the data): a
 * callback we answered 5xx may come again with the same signature ({@link CallbackReplayFilter} forgets it).
 * Every refusal is counted by its reason ({@link CallbackRefusalsPort}).
 */
@Singleton
public final class CallbackGuard {

    private static final String REMEMBERED = CallbackGuard.class.getName() + ".signature";
    private static final Logger LOG = LoggerFactory.getLogger(CallbackGuard.class);
    private final CallbackSettings settings;
    private final List<Cidr> allowed;
    private final java.util.Map<String, List<Cidr>> allowedByPath;
    private final Clock clock;
    private final CallbackReplays replays;
    private final CallbackRefusalsPort refusals;
    /** Null without a signing secret: no signature is asked for then. */
    private final CallbackSignature signature;

    public CallbackGuard(
            CallbackSettings settings, Clock clock, CallbackReplays replays, CallbackRefusalsPort refusals) {
        this.settings = settings;
        this.allowed = settings.allowedCidrs().stream().map(Cidr::parse).toList();
        this.allowedByPath = new java.util.HashMap<>();
        settings.allowedCidrsByPath()
                .forEach((prefix, cidrs) -> allowedByPath.put(
                        prefix, cidrs.stream().map(Cidr::parse).toList()));
        this.clock = clock;
        this.replays = replays;
        this.refusals = refusals;
        this.signature = CallbackSignature.ifSecret(settings.signingSecret()).orElse(null);
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
            refusals.refused(rejected.reason());
            throw rejected;
        }
    }

    /**
     * Counts and logs an authenticated callback whose body cannot be read (empty, not one JSON value, not a form):
     * the caller answers it as it always has; this only makes it visible ({@link Reason#MALFORMED}).
     */
    public void malformed(HttpRequest<?> request, RuntimeException why) {
        LOG.warn("callback {} {} unreadable: {}", request.getMethodName(), request.getPath(), why.getMessage());
        refusals.refused(Reason.MALFORMED);
    }

    private void requireAllowedSource(HttpRequest<?> request) {
        InetAddress source = request.getRemoteAddress().getAddress();
        List<Cidr> allowedHere = allowedByPath.entrySet().stream()
                .filter(e -> request.getPath().equals(e.getKey())
                        || request.getPath().startsWith(e.getKey() + "/"))
                .max(java.util.Map.Entry.comparingByKey(java.util.Comparator.comparingInt(String::length)))
                .map(java.util.Map.Entry::getValue)
                .orElse(allowed);
        if (source == null || allowedHere.stream().noneMatch(c -> c.contains(source))) {
            throw new CallbackRejectedException(
                    "source address " + (source == null ? "unknown" : source.getHostAddress())
                            + " is not allowed to send callbacks",
                    Reason.SOURCE_NOT_ALLOWED);
        }
    }

    private void requireToken(String presented) {
        if (settings.token() == null) {
            return;
        }
        if (presented == null
                || !MessageDigest.isEqual(
                        presented.getBytes(StandardCharsets.UTF_8),
                        settings.token().getBytes(StandardCharsets.UTF_8))) {
            throw new CallbackRejectedException("the callback URL token is missing or wrong", Reason.WRONG_TOKEN);
        }
    }

    private void requireSignature(HttpRequest<?> request, String body) {
        if (signature == null) {
            return;
        }
        Instant now = clock.instant();
        CallbackSignature.Verdict verdict = signature.verify(
                request.getHeaders().get(CallbackSignature.TIMESTAMP_HEADER),
                request.getHeaders().get(CallbackSignature.SIGNATURE_HEADER),
                body,
                now);
        if (verdict instanceof CallbackSignature.Refused refused) {
            throw new CallbackRejectedException(refused.reason().message(), reasonOf(refused.reason()));
        }
        CallbackSignature.Accepted accepted = (CallbackSignature.Accepted) verdict;
        // Kept until its timestamp leaves the window: up to then the same request would pass every other check.
        if (replays.remember(accepted.hmac(), Instant.ofEpochSecond(now.getEpochSecond()), accepted.keptUntil())
                == CallbackReplays.Receipt.REPLAY) {
            throw new CallbackRejectedException("this signed callback was received before (replay)", Reason.REPLAYED);
        }
        request.setAttribute(REMEMBERED, accepted.hmac());
    }

    private static Reason reasonOf(CallbackSignature.Refusal refusal) {
        return switch (refusal) {
            case MISSING, TIMESTAMP_NOT_SECONDS -> Reason.UNSIGNED;
            case OUTSIDE_WINDOW -> Reason.STALE;
            case MISMATCH -> Reason.FORGED;
        };
    }

    /**
     * Forgets the signature this request was accepted with: we failed to handle it, so the same signed
     * callback sent again is the provider's resend (or a replay of something that changed nothing), not a
     * replay of something done.
     */
    void forgetSignatureOf(HttpRequest<?> request) {
        request.getAttribute(REMEMBERED, String.class).ifPresent(replays::forget);
    }
}
