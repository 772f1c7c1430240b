package com.voicepact.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CallbackSignature.Accepted;
import com.voicepact.domain.common.CallbackSignature.Refusal;
import com.voicepact.domain.common.CallbackSignature.Refused;
import com.voicepact.domain.common.CallbackSignature.Signed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one signature rule: what the sandboxes sign is what the callback guard accepts, and nothing else. */
class CallbackSignatureTest {

    private static final String SECRET = "proxy-secret";
    private static final String BODY = "{\"transactionId\":\"ATPid_1\",\"status\":\"Success\"}";
    private static final Instant SENT = Instant.parse("2026-11-30T12:00:00.750Z");
    private final CallbackSignature rule = new CallbackSignature(SECRET);

    @Test
    void givenABodySignedWithTheRule_whenVerifiedWithItAtOnce_thenAcceptedWithItsHmacAndTimestamp() throws Exception {
        Signed signed = rule.sign(SENT, BODY);

        assertThat(signed.timestamp()).isEqualTo("1796040000");
        String expected = hmac(SECRET, "1796040000." + BODY);
        assertThat(signed.signature()).isEqualTo("sha256=" + expected);
        assertThat(rule.verify(signed.timestamp(), signed.signature(), BODY, SENT))
                .isEqualTo(new Accepted(expected, Instant.parse("2026-11-30T12:00:00Z")));
        assertThat(((Accepted) rule.verify(signed.timestamp(), signed.signature(), BODY, SENT)).keptUntil())
                .isEqualTo(Instant.parse("2026-11-30T12:05:00Z"));
    }

    @Test
    void givenBlanksAroundTheSignature_whenVerified_thenAccepted_butTheTimestampIsSignedAsSent() {
        Signed signed = rule.sign(SENT, BODY);
        assertThat(rule.verify(signed.timestamp(), " " + signed.signature() + " ", BODY, SENT))
                .isInstanceOf(Accepted.class);
        assertThat(rule.verify(" " + signed.timestamp(), signed.signature(), BODY, SENT))
                .isEqualTo(new Refused(Refusal.MISMATCH));
    }

    @ParameterizedTest(name = "{0} s off: {1}")
    @CsvSource({"300, true", "-300, true", "301, false", "-301, false"})
    void givenTheReceiversClock_whenTheTimestampIsWithinOrBeyondFiveMinutes_thenAcceptedOrRefused(
            long offsetSeconds, boolean accepted) {
        Signed signed = rule.sign(SENT, BODY);
        CallbackSignature.Verdict verdict = rule.verify(
                signed.timestamp(),
                signed.signature(),
                BODY,
                Instant.ofEpochSecond(SENT.getEpochSecond() + offsetSeconds));
        assertThat(verdict)
                .isEqualTo(
                        accepted
                                ? rule.verify(signed.timestamp(), signed.signature(), BODY, SENT)
                                : new Refused(Refusal.OUTSIDE_WINDOW));
    }

    @Test
    void givenAnythingChanged_whenVerified_thenRefusedAsNotMatchingItsBody() {
        Signed signed = rule.sign(SENT, BODY);
        Signed otherTime = rule.sign(SENT.plusSeconds(1), BODY);
        Refused mismatch = new Refused(Refusal.MISMATCH);

        assertThat(rule.verify(signed.timestamp(), signed.signature(), BODY + " ", SENT))
                .isEqualTo(mismatch);
        assertThat(rule.verify(otherTime.timestamp(), signed.signature(), BODY, SENT))
                .isEqualTo(mismatch);
        assertThat(new CallbackSignature("another-secret").verify(signed.timestamp(), signed.signature(), BODY, SENT))
                .isEqualTo(mismatch);
        assertThat(rule.verify(signed.timestamp(), signed.signature().substring("sha256=".length()), BODY, SENT))
                .isEqualTo(mismatch);
    }

    @Test
    void givenAMissingOrUnreadableHeader_whenVerified_thenRefusedSayingWhich() {
        Signed signed = rule.sign(SENT, BODY);

        assertThat(rule.verify(null, signed.signature(), BODY, SENT)).isEqualTo(new Refused(Refusal.MISSING));
        assertThat(rule.verify(signed.timestamp(), null, BODY, SENT)).isEqualTo(new Refused(Refusal.MISSING));
        assertThat(rule.verify("2026-11-30T12:00:00Z", signed.signature(), BODY, SENT))
                .isEqualTo(new Refused(Refusal.TIMESTAMP_NOT_SECONDS));
        assertThat(Refusal.MISSING.message())
                .isEqualTo("X-Africastalking-Signature and X-VoicePact-Timestamp are required");
        assertThat(Refusal.TIMESTAMP_NOT_SECONDS.message()).isEqualTo("X-VoicePact-Timestamp must be epoch seconds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void givenNoSecret_whenTheRuleIsMade_thenRefusedOrAbsent(String blank) {
        assertThatThrownBy(() -> new CallbackSignature(blank)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CallbackSignature(null)).isInstanceOf(InvalidValueException.class);
        assertThat(CallbackSignature.ifSecret(blank)).isEmpty();
        assertThat(CallbackSignature.ifSecret(null)).isEmpty();
        assertThat(CallbackSignature.ifSecret(SECRET)).isPresent();
    }

    /** An independent HMAC-SHA256, so the test pins the wire format rather than re-running the rule. */
    private static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
