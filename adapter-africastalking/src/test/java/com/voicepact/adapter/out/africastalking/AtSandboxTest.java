package com.voicepact.adapter.out.africastalking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.africastalking.SandboxSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's side: the callbacks it posts to the app, its test phones and amounts, and its faults. */
class AtSandboxTest {

    private static final String KEY = "k";
    private static final String SECRET = "proxy-secret";
    private final ObjectMapper json = new ObjectMapper();
    private TestReceiver app;
    private AtSandbox sandbox;
    private AtPaymentGateway payments;

    @BeforeEach
    void start() {
        app = new TestReceiver();
        sandbox = AtSandbox.start(
                SandboxSettings.forTests(KEY).withCallbacks(app.url()).withSigningSecret(SECRET));
        AtConfig config = AtConfig.of("sandbox", KEY, "VoicePact", null)
                .pointedAt(sandbox.url().toString())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(1));
        payments = new AtPaymentGateway(config, new AtResilience(java.time.Clock.systemUTC(), Duration.ofMillis(1)));
    }

    @AfterEach
    void stop() {
        sandbox.close();
        app.close();
    }

    private static String id(GatewayAnswer answer) {
        return ((GatewayAnswer.Accepted) answer).providerReference();
    }

    private GatewayAnswer checkout(String phone, String amount) {
        return payments.collect(new CollectionRequest(
                new PhoneNumber(phone),
                Money.of(amount, CurrencyCode.KES),
                "REF",
                Map.of("transaction_id", "TXN-AG-2026-000001-001")));
    }

    @Test
    void givenPayingTestPhone_whenCheckedOut_thenSignedJsonNotificationInAtsShape() throws Exception {
        GatewayAnswer answer = checkout("+254711000000", "250");
        TestReceiver.Received notification =
                app.await("/api/v1/payments/webhook", 1).get(0);
        JsonNode body = json.readTree(notification.body());
        assertThat(body.path("transactionId").asText()).isEqualTo(id(answer));
        assertThat(body.path("status").asText()).isEqualTo("Success");
        assertThat(body.path("category").asText()).isEqualTo("MobileCheckout");
        assertThat(body.path("value").asText()).isEqualTo("KES 250.0000");
        assertThat(body.path("requestMetadata").path("transaction_id").asText()).isEqualTo("TXN-AG-2026-000001-001");
        String timestamp = notification.headers().get("x-voicepact-timestamp");
        assertThat(notification.headers().get("x-africastalking-signature"))
                .isEqualTo("sha256=" + hmac(timestamp + "." + notification.body()));
        assertThat(sandbox.wallet()).isEqualByComparingTo("250");
    }

    @Test
    void givenFailingAndSilentPhones_whenCheckedOut_thenFailedNotificationOrNone() throws Exception {
        checkout("+254711000001", "100");
        assertThat(json.readTree(app.await("/api/v1/payments/webhook", 1).get(0).body())
                        .path("status")
                        .asText())
                .isEqualTo("Failed");
        GatewayAnswer silent = checkout("+254711000002", "100");
        Thread.sleep(200);
        assertThat(app.received("/api/v1/payments/webhook")).hasSize(1);
        assertThat(payments.findByProviderReference(MoneyMovement.COLLECTION, id(silent)))
                .isInstanceOfSatisfying(
                        Lookup.Found.class,
                        f -> assertThat(f.movement().outcome()).isEqualTo(new MovementOutcome.Pending()));
    }

    @Test
    void givenOtherPhone_whenCheckedOut_thenItWaitsForThePhone_andApprovalNotifies() throws Exception {
        GatewayAnswer answer = checkout("+254712345678", "500");
        assertThat(app.received("/api/v1/payments/webhook")).isEmpty();
        assertThat(sandbox.approve(id(answer))).isTrue();
        assertThat(sandbox.approve(id(answer))).as("only once").isFalse();
        assertThat(app.await("/api/v1/payments/webhook", 1)).hasSize(1);
        sandbox.autoApprove(true);
        checkout("+254712345678", "700");
        assertThat(app.await("/api/v1/payments/webhook", 2)).hasSize(2);
    }

    @Test
    void givenDuplicateAndHeldCallbacks_whenReleased_thenTwiceAndInReverseOrder() throws Exception {
        sandbox.faults().duplicateCallbacks(true);
        checkout("+254711000000", "10");
        assertThat(app.await("/api/v1/payments/webhook", 2)).hasSize(2);
        sandbox.faults().duplicateCallbacks(false).holdCallbacks(true);
        GatewayAnswer first = checkout("+254711000000", "11");
        GatewayAnswer second = checkout("+254711000000", "12");
        assertThat(app.received("/api/v1/payments/webhook")).hasSize(2);
        sandbox.faults().holdCallbacks(false);
        sandbox.releaseCallbacksInReverse();
        List<TestReceiver.Received> all = app.await("/api/v1/payments/webhook", 4);
        assertThat(json.readTree(all.get(2).body()).path("transactionId").asText())
                .isEqualTo(id(second));
        assertThat(json.readTree(all.get(3).body()).path("transactionId").asText())
                .isEqualTo(id(first));
    }

    @Test
    void givenCrashHooks_whenRequestsArrive_thenTheDroppedOneIsNotCarriedOutAndTheOtherIsCarriedOutBeforeItsAnswer() {
        List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
        sandbox.faults().dropOnReceiving("/mobile/checkout/request", () -> ran.add("dropped"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> checkout("+254711000000", "250"))
                .as("no answer to a dropped request")
                .isInstanceOf(com.voicepact.application.shared.port.out.GatewayException.class);
        assertThat(ran).containsExactly("dropped");
        assertThat(sandbox.wallet())
                .as("the dropped checkout was not carried out")
                .isZero();

        sandbox.faults()
                .beforeAnswering(
                        "/mobile/checkout/request",
                        () -> ran.add("wallet before the answer: "
                                + sandbox.wallet().stripTrailingZeros().toPlainString()));
        assertThat(checkout("+254711000000", "250")).isInstanceOf(GatewayAnswer.Accepted.class);
        assertThat(checkout("+254711000000", "250"))
                .as("each hook runs once")
                .isInstanceOf(GatewayAnswer.Accepted.class);
        assertThat(ran).containsExactly("dropped", "wallet before the answer: 250");
    }

    @Test
    void givenCrashHooksTargetedAtOnePhone_whenCheckoutsFromOthersArriveFirst_thenOnlyTheTargetedRequestRunsTheHook() {
        List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
        sandbox.faults()
                .dropOnReceiving(
                        "/mobile/checkout/request", body -> body.contains("+254711000002"), () -> ran.add("dropped"))
                .beforeAnswering(
                        "/mobile/checkout/request",
                        body -> body.contains("\"+254711000000\""),
                        () -> ran.add("answering"));
        assertThat(checkout("+254712345678", "250"))
                .as("another phone's checkout passes the armed hooks")
                .isInstanceOf(GatewayAnswer.Accepted.class);
        assertThat(ran).isEmpty();
        assertThat(checkout("+254711000000", "250")).isInstanceOf(GatewayAnswer.Accepted.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> checkout("+254711000002", "250"))
                .isInstanceOf(com.voicepact.application.shared.port.out.GatewayException.class);
        assertThat(checkout("+254711000000", "250"))
                .as("each hook runs once")
                .isInstanceOf(GatewayAnswer.Accepted.class);
        assertThat(ran).containsExactly("answering", "dropped");
    }

    @Test
    void givenSmsSentAndPhoneActivity_whenPosted_thenDeliveryReportIncomingSmsAndUssdInAtsForms() throws Exception {
        new AtSmsGateway(
                        AtConfig.of("sandbox", KEY, null, null)
                                .pointedAt(sandbox.url().toString()),
                        new AtResilience(java.time.Clock.systemUTC(), Duration.ofMillis(1)))
                .send(new PhoneNumber("+254712345678"), "hello");
        String report = app.await("/api/v1/sms/delivery-report", 1).get(0).body();
        assertThat(report)
                .contains("status=Success")
                .contains("phoneNumber=%2B254712345678")
                .contains("id=ATXid_");
        sandbox.replyFrom("+254712345678", "YES-AG-2026-000001");
        String inbound = app.await("/api/v1/sms/webhook", 1).get(0).body();
        assertThat(inbound)
                .contains("from=%2B254712345678")
                .contains("text=YES-AG-2026-000001")
                .contains("to=40404")
                .contains("linkId=")
                .contains("date=");
        assertThat(sandbox.dialUssd("+254712345678", "S1", "")).startsWith("CON Welcome to VoicePact");
        String hop = app.received("/api/v1/ussd").get(0).body();
        assertThat(hop)
                .contains("sessionId=S1")
                .contains("serviceCode=*384*123%23")
                .contains("text=")
                .contains("networkCode=");
    }

    @Test
    void givenACallbackToken_whenThePhonesAndThePayerAct_thenEveryCallbackUrlEndsInTheToken_andIsSigned()
            throws Exception {
        sandbox.close();
        sandbox = AtSandbox.start(SandboxSettings.forTests(KEY)
                .withSigningSecret(SECRET)
                .withCallbackToken("tok-1")
                .withCallbacks(app.url()));
        payments = new AtPaymentGateway(
                AtConfig.of("sandbox", KEY, "VoicePact", null)
                        .pointedAt(sandbox.url().toString()),
                new AtResilience(java.time.Clock.systemUTC(), Duration.ofMillis(1)));

        checkout("+254711000000", "250");
        sandbox.replyFrom("+254712345678", "YES-AG-2026-000001");
        sandbox.dialUssd("+254712345678", "S1", "");
        new AtSmsGateway(
                        AtConfig.of("sandbox", KEY, null, null)
                                .pointedAt(sandbox.url().toString()),
                        new AtResilience(java.time.Clock.systemUTC(), Duration.ofMillis(1)))
                .send(new PhoneNumber("+254712345678"), "hello");

        assertThat(app.await("/api/v1/payments/webhook/tok-1", 1)).hasSize(1);
        assertThat(app.await("/api/v1/sms/webhook/tok-1", 1)).hasSize(1);
        assertThat(app.await("/api/v1/sms/delivery-report/tok-1", 1)).hasSize(1);
        assertThat(app.received("/api/v1/ussd/tok-1")).hasSize(1);
        assertThat(sandbox.settings().voiceCallbackUrl()).isEqualTo(app.url() + "/api/v1/voice/webhook/tok-1");
        assertThat(app.received("/")).allSatisfy(callback -> {
            String timestamp = callback.headers().get("x-voicepact-timestamp");
            assertThat(callback.headers().get("x-africastalking-signature"))
                    .isEqualTo("sha256=" + hmac(timestamp + "." + callback.body()));
        });
    }

    private static String hmac(String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
