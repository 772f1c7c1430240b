package com.voicepact.adapter.in.web;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.voice.CallStatus;
import com.voicepact.domain.voice.VoiceCall;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every field of every AT form callback (voice, USSD, SMS, delivery report) as AT may send it:
 * {@code None} (AT's word for a missing value), empty, absent, or garbage, over a real socket.
 * None, empty and absent must give the same answer and the same state; garbage never a 5xx, never
 * parser internals; and a final voice notification keeps its recording whatever else is wrong.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AtFormFieldsTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    /** A bad escape, invalid UTF-8, markup and quotes: raw form text, as a broken client could send it. */
    private static final String GARBAGE = "%ZZ%E2%28x%3Cb%3E'%22";

    private static final List<String> MISSING = List.of("None", "", "<absent>");
    private static final String RECORDING = "https://voice.africastalking.com/rec/table.mp3";
    private final AtomicInteger sequence = new AtomicInteger();
    private EmbeddedServer server;
    private ApiClient at;
    private InMemoryVoicePact app;

    @BeforeAll
    void start() {
        server = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "micronaut.serde.serialization.inclusion", "ALWAYS"));
        at = new ApiClient(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class), null);
        app = server.getApplicationContext().getBean(InMemoryVoicePact.class);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** The form with {@code field} set to {@code value} ({@code <absent>} leaves it out); values are raw form text. */
    private static String form(Map<String, String> base, String field, String value) {
        Map<String, String> fields = new LinkedHashMap<>(base);
        if ("<absent>".equals(value)) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    private VoiceCall answeredCall() {
        app.clock.advance(Duration.ofSeconds(1)); // call ids derive from parties and time
        VoiceCall call = app.voice.start(
                List.of(Party.of(BUYER, PartyRole.BUYER, "Amina"), Party.of(SELLER, PartyRole.SELLER, "Juma")),
                ContractType.AGRICULTURAL_SUPPLY);
        assertThat(at.postWith("/api/v1/voice/webhook", FORM, "isActive=1&sessionId=" + call.sessionId(), Map.of())
                        .body())
                .contains("<Dial");
        return call;
    }

    private static Map<String, String> finalNotification(String session) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("isActive", "0");
        f.put("sessionId", session);
        f.put("direction", "Outbound");
        f.put("callerNumber", "%2B254711082000");
        f.put("destinationNumber", "%2B254712345678");
        f.put("recordingUrl", RECORDING.replace(":", "%3A").replace("/", "%2F"));
        f.put("durationInSeconds", "84");
        f.put("currencyCode", "KES");
        f.put("amount", "1.5");
        f.put("hangupCause", "NORMAL_CLEARING");
        f.put("callSessionState", "Completed");
        f.put("dtmfDigits", "1");
        return f;
    }

    private static void noInternals(SoftAssertions soft, String what, ApiClient.Answer answer) {
        soft.assertThat(answer.status()).as(what + ": " + answer.body()).isLessThan(500);
        soft.assertThat(answer.body())
                .as(what)
                .doesNotContain("Exception")
                .doesNotContain("URLDecoder")
                .doesNotContain("java.")
                .doesNotContain("For input string");
    }

    @Test
    void givenFinalVoiceNotification_whenAnyFieldIsNoneEmptyAbsentOrGarbage_then200AndTheRecordingIsKept() {
        SoftAssertions soft = new SoftAssertions();
        for (String field : finalNotification("S").keySet()) {
            List<String> variants = new ArrayList<>(MISSING);
            variants.add(GARBAGE);
            for (String value : variants) {
                VoiceCall call = answeredCall();
                String what = field + "=" + value;
                ApiClient.Answer answer = at.postWith(
                        "/api/v1/voice/webhook",
                        FORM,
                        form(finalNotification(call.sessionId()), field, value),
                        Map.of());
                soft.assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(200);
                noInternals(soft, what, answer);
                VoiceCall stored = app.voice.get(call.id());
                boolean missing = MISSING.contains(value);
                if (field.equals("sessionId")) {
                    soft.assertThat(stored.status())
                            .as(what + ": not ours, nothing changes")
                            .isEqualTo(CallStatus.ACTIVE);
                } else if (field.equals("recordingUrl") && missing) {
                    soft.assertThat(stored.status()).as(what).isEqualTo(CallStatus.FAILED);
                    soft.assertThat(stored.recordingUrl()).as(what).isNull();
                } else if (field.equals("recordingUrl")) {
                    soft.assertThat(stored.status())
                            .as(what + ": whatever AT sent is kept")
                            .isEqualTo(CallStatus.RECORDED);
                    soft.assertThat(stored.recordingUrl()).as(what).isNotBlank();
                } else {
                    soft.assertThat(stored.status()).as(what).isEqualTo(CallStatus.RECORDED);
                    soft.assertThat(stored.recordingUrl()).as(what).isEqualTo(RECORDING);
                    soft.assertThat(stored.durationSeconds())
                            .as(what)
                            .isEqualTo(field.equals("durationInSeconds") ? null : 84);
                    if (!field.equals("hangupCause")) {
                        soft.assertThat(stored.hangupCause()).as(what).isEqualTo("NORMAL_CLEARING");
                    } else if (missing) {
                        soft.assertThat(stored.hangupCause()).as(what).isNull();
                    }
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void givenActiveVoiceCallback_whenAnyFieldIsNoneEmptyAbsentOrGarbage_thenXmlForOurCallsAndNothingBreaks() {
        SoftAssertions soft = new SoftAssertions();
        Map<String, String> base = new LinkedHashMap<>(Map.of(
                "isActive",
                "1",
                "sessionId",
                "S",
                "direction",
                "Outbound",
                "callerNumber",
                "%2B254711082000",
                "destinationNumber",
                "%2B254712345678",
                "dtmfDigits",
                "1"));
        for (String field : base.keySet()) {
            List<String> variants = new ArrayList<>(MISSING);
            variants.add(GARBAGE);
            for (String value : variants) {
                app.clock.advance(Duration.ofSeconds(1));
                VoiceCall call = app.voice.start(
                        List.of(Party.of(BUYER, PartyRole.BUYER, "A"), Party.of(SELLER, PartyRole.SELLER, "J")),
                        ContractType.AGRICULTURAL_SUPPLY);
                base.put("sessionId", call.sessionId());
                String what = field + "=" + value;
                ApiClient.Answer answer =
                        at.postWith("/api/v1/voice/webhook", FORM, form(base, field, value), Map.of());
                soft.assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(200);
                noInternals(soft, what, answer);
                if (!field.equals("sessionId")) {
                    soft.assertThat(answer.body()).as(what).contains("<Dial phoneNumbers=\"+254722000111\"");
                    soft.assertThat(app.voice.get(call.id()).status()).as(what).isEqualTo(CallStatus.ACTIVE);
                } else {
                    soft.assertThat(app.voice.get(call.id()).status()).as(what).isEqualTo(CallStatus.CALLING);
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void givenUssdHop_whenAnyFieldIsNoneEmptyOrAbsent_thenTheSameAnswer_andGarbageIsNeverA5xx() {
        SoftAssertions soft = new SoftAssertions();
        for (String field : List.of("sessionId", "serviceCode", "phoneNumber", "networkCode", "text")) {
            List<String> answers = new ArrayList<>();
            for (String value : MISSING) {
                ApiClient.Answer answer = at.postWith("/api/v1/ussd/", FORM, form(ussdHop(), field, value), Map.of());
                answers.add(answer.status() + " " + answer.body());
                noInternals(soft, field + "=" + value, answer);
            }
            soft.assertThat(answers).as(field + ": None, empty and absent").containsOnly(answers.get(0));
            ApiClient.Answer garbage = at.postWith("/api/v1/ussd/", FORM, form(ussdHop(), field, GARBAGE), Map.of());
            noInternals(soft, field + "=garbage", garbage);
            soft.assertThat(garbage.body()).as(field + "=garbage").matches("(?s)(CON|END) .*");
        }
        soft.assertAll();
    }

    private Map<String, String> ussdHop() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("sessionId", "ATUid_table" + sequence.incrementAndGet());
        f.put("serviceCode", "%2A384%2A123%23");
        f.put("phoneNumber", "%2B254712345678");
        f.put("networkCode", "63902");
        f.put("text", "");
        return f;
    }

    @Test
    void givenIncomingSmsAndDeliveryReport_whenAnyFieldIsNoneEmptyOrAbsent_thenTheSameAnswer_andGarbageIsNeverA5xx() {
        SoftAssertions soft = new SoftAssertions();
        for (String field : List.of("from", "to", "text", "date", "id", "linkId", "networkCode", "cost")) {
            checkSameAnswers(soft, "/api/v1/sms/webhook", field, this::incomingSms);
        }
        for (String field : List.of("id", "status", "phoneNumber", "networkCode", "failureReason", "retryCount")) {
            checkSameAnswers(soft, "/api/v1/sms/delivery-report", field, this::deliveryReport);
        }
        soft.assertAll();
    }

    private void checkSameAnswers(
            SoftAssertions soft, String path, String field, java.util.function.Supplier<Map<String, String>> base) {
        List<String> answers = new ArrayList<>();
        for (String value : MISSING) {
            ApiClient.Answer answer = at.postWith(path, FORM, form(base.get(), field, value), Map.of());
            answers.add(answer.status() + " " + answer.body());
            noInternals(soft, path + " " + field + "=" + value, answer);
        }
        soft.assertThat(answers)
                .as(path + " " + field + ": None, empty and absent")
                .containsOnly(answers.get(0));
        noInternals(
                soft,
                path + " " + field + "=garbage",
                at.postWith(path, FORM, form(base.get(), field, GARBAGE), Map.of()));
    }

    private Map<String, String> incomingSms() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("from", "%2B254712345678");
        f.put("to", "40404");
        f.put("text", "HELP");
        f.put("date", "2026-03-02+10%3A00%3A00");
        f.put("id", "ATXid_table" + sequence.incrementAndGet());
        f.put("linkId", "L" + sequence.get());
        f.put("networkCode", "63902");
        f.put("cost", "KES+0.8000");
        return f;
    }

    private Map<String, String> deliveryReport() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("id", "ATXid_report" + sequence.incrementAndGet());
        f.put("status", "Success");
        f.put("phoneNumber", "%2B254712345678");
        f.put("networkCode", "63902");
        f.put("failureReason", "DeliveryFailure");
        f.put("retryCount", "0");
        return f;
    }
}
