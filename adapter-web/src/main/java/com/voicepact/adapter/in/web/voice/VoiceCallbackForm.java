package com.voicepact.adapter.in.web.voice;

import com.voicepact.application.voice.port.in.VoiceCallback;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * AT's voice callback form (see /work/shared/reference/africastalking.md, "Voice") read tolerantly:
 * {@code isActive} (1 during the call, 0 in the final request), {@code sessionId}, {@code callerNumber},
 * {@code destinationNumber}, {@code recordingUrl}, final only {@code durationInSeconds} (seconds, may
 * carry decimals), {@code hangupCause}, {@code amount}, {@code currencyCode}, {@code callSessionState}.
 * A value that is missing ({@code None}, empty, absent: see {@code FormBody}) or unreadable is
 * unknown, never an error, so the recording URL of a final request is never lost to another field.
 */
final class VoiceCallbackForm {

    /** Fields AT sends only in the final request of a call. */
    private static final Set<String> FINAL_ONLY =
            Set.of("recordingUrl", "durationInSeconds", "hangupCause", "amount", "currencyCode");

    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Integer.MAX_VALUE);

    private VoiceCallbackForm() {}

    /** The callback, or empty when it has no {@code sessionId} (it can never be matched to a call). */
    static Optional<VoiceCallback> read(Map<String, String> f) {
        String session = f.get("sessionId");
        if (session == null) {
            return Optional.empty();
        }
        return Optional.of(new VoiceCallback(
                session,
                active(f),
                f.get("callerNumber"),
                f.get("destinationNumber"),
                f.get("recordingUrl"),
                seconds(f.getOrDefault("durationInSeconds", f.get("duration"))),
                f.get("hangupCause")));
    }

    /**
     * {@code isActive} 1/0 (or true/false); the product docs' {@code status=active}; when neither is
     * readable, a request carrying any final-only field, or {@code callSessionState=Completed}, is final.
     */
    static boolean active(Map<String, String> f) {
        String flag = f.getOrDefault("isActive", "").toLowerCase(Locale.ROOT);
        if (flag.equals("1") || flag.equals("true")) {
            return true;
        }
        if (flag.equals("0") || flag.equals("false")) {
            return false;
        }
        if ("active".equalsIgnoreCase(f.get("status"))) {
            return true;
        }
        return FINAL_ONLY.stream().noneMatch(f::containsKey)
                && !"completed".equalsIgnoreCase(f.get("callSessionState"));
    }

    /** Whole seconds of {@code 84}, {@code 84.6} or {@code 84.0}; null when missing, negative or not a number. */
    static Integer seconds(String text) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            return value.signum() < 0 || value.compareTo(MAX_SECONDS) > 0 ? null : value.intValue();
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}
