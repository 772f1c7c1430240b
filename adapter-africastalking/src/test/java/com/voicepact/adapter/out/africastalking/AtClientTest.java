package com.voicepact.adapter.out.africastalking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.phone.port.out.SmsGatewayPort.SmsRequest;
import com.voicepact.application.phone.port.shared.RecipientResult;
import com.voicepact.application.phone.port.shared.RecipientStatus;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.voice.port.out.VoiceGatewayPort.CallEntry;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.testdata.SettableClock;
import com.voicepact.sandbox.RecordedRequest;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.africastalking.SandboxSettings;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every client call over real HTTP against the local AT sandbox, checking the request AT would receive. */
class AtClientTest {

    private static final String KEY = "sandbox-api-key";
    private static final PhoneNumber AMINA = new PhoneNumber("+254712345678");
    private static final PhoneNumber JOHN = new PhoneNumber("+254722000111");
    private final ObjectMapper json = new ObjectMapper();
    private final SettableClock clock = new SettableClock(java.time.Instant.parse("2026-03-02T08:00:00Z"));
    private AtSandbox sandbox;
    private AtResilience resilience;
    private AtConfig config;

    @BeforeEach
    void start() {
        sandbox = AtSandbox.start(SandboxSettings.forTests(KEY));
        config = AtConfig.of("sandbox", KEY, "VoicePact", "+254711082000")
                .pointedAt(sandbox.url().toString())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700), Duration.ofMillis(1));
        resilience = new AtResilience(clock, config.retryInitialInterval());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private RecordedRequest last() {
        List<RecordedRequest> all = sandbox.requests();
        return all.get(all.size() - 1);
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(
                        p -> p[0],
                        p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8),
                        (a, b) -> b,
                        java.util.LinkedHashMap::new));
    }

    @Nested
    class Sms {
        @Test
        void givenTwoRecipientsWithSenderIdAndEnqueue_whenSent_thenAtsFormAndHeadersAndPerRecipientResults() {
            AtSmsGateway sms = new AtSmsGateway(config, resilience);
            List<RecipientResult> results =
                    sms.sendMany(new SmsRequest(List.of(AMINA, JOHN), "Habari: mkataba tayari", "VOICEPACT", true));
            assertThat(results)
                    .extracting(RecipientResult::status)
                    .containsExactly(RecipientStatus.SENT, RecipientStatus.SENT);
            assertThat(results).allSatisfy(r -> assertThat(r.messageId()).startsWith("ATXid_"));
            assertThat(results.get(0).cost()).isEqualTo("KES 0.8000");
            RecordedRequest request = last();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/version1/messaging");
            assertThat(request.header("apiKey")).isEqualTo(KEY);
            assertThat(request.header("Accept")).isEqualTo("application/json");
            assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
            assertThat(form(request.body()))
                    .containsExactly(
                            Map.entry("username", "sandbox"),
                            Map.entry("to", "+254712345678,+254722000111"),
                            Map.entry("message", "Habari: mkataba tayari"),
                            Map.entry("from", "VOICEPACT"),
                            Map.entry("bulkSMSMode", "1"),
                            Map.entry("enqueue", "1"));
            assertThat(sandbox.inbox("+254722000111"))
                    .extracting(m -> m.text())
                    .containsExactly("Habari: mkataba tayari");
        }

        @Test
        void givenBulkOfTwoMessages_whenSent_thenOneRequestEach() {
            new AtSmsGateway(config, resilience)
                    .sendBulk(List.of(
                            new SmsRequest(List.of(AMINA), "one", null, false),
                            new SmsRequest(List.of(JOHN), "two", null, false)));
            assertThat(sandbox.requests()).hasSize(2);
            assertThat(form(sandbox.requests().get(0).body()))
                    .doesNotContainKey("from")
                    .doesNotContainKey("enqueue");
        }

        @Test
        void givenAtStatusCodes_whenMapped_thenSentQueuedOrRejected() {
            assertThat(AtSmsGateway.status(101)).isEqualTo(RecipientStatus.SENT);
            assertThat(AtSmsGateway.status(100)).isEqualTo(RecipientStatus.QUEUED);
            assertThat(AtSmsGateway.status(102)).isEqualTo(RecipientStatus.QUEUED);
            for (int code : new int[] {401, 402, 403, 404, 405, 406, 407, 409, 500, 501, 502}) {
                assertThat(AtSmsGateway.status(code)).isEqualTo(RecipientStatus.REJECTED);
            }
        }

        @Test
        void givenWrongApiKey_whenSent_thenAtsPlain401BecomesAGatewayError() {
            AtConfig wrong = new AtConfig(
                    "sandbox",
                    "wrong",
                    config.smsBaseUrl(),
                    config.voiceBaseUrl(),
                    config.paymentsBaseUrl(),
                    "VoicePact",
                    null,
                    config.connectTimeout(),
                    config.requestTimeout(),
                    config.retryInitialInterval());
            assertThatThrownBy(() -> new AtSmsGateway(wrong, resilience).send(AMINA, "hello"))
                    .isInstanceOf(GatewayException.class)
                    .hasMessageContaining("The supplied authentication is invalid")
                    .satisfies(
                            e -> assertThat(((GatewayException) e).ambiguous()).isFalse());
            assertThat(sandbox.requests()).as("a 401 is not retried").hasSize(1);
        }
    }

    @Test
    void givenVoiceNumber_whenCalling_thenAtsCallFormAndQueuedEntries() {
        List<CallEntry> entries = new AtVoiceGateway(config, resilience).call(List.of(AMINA, JOHN), "conf-1");
        assertThat(entries).extracting(CallEntry::status).containsExactly("Queued", "Queued");
        assertThat(entries.get(0).sessionId()).startsWith("ATVId_");
        RecordedRequest request = last();
        assertThat(request.path()).isEqualTo("/call");
        assertThat(form(request.body()))
                .containsEntry("username", "sandbox")
                .containsEntry("from", "+254711082000")
                .containsEntry("to", "+254712345678,+254722000111")
                .containsEntry("clientRequestId", "conf-1");
    }

    private static String accepted(GatewayAnswer answer) {
        assertThat(answer).isInstanceOf(GatewayAnswer.Accepted.class);
        return ((GatewayAnswer.Accepted) answer).providerReference();
    }

    @Nested
    class Payments {
        private final AtPaymentGateway gateway() {
            return new AtPaymentGateway(config, resilience);
        }

        @Test
        void givenCheckout_whenSent_thenAtsJsonBodyAndPendingAnswer() throws Exception {
            GatewayAnswer answer = gateway()
                    .collect(new CollectionRequest(
                            AMINA,
                            Money.of("150.50", CurrencyCode.KES),
                            "A7F5C3D8E9B2",
                            Map.of("transaction_id", "TXN-AG-2026-000001-001")));
            assertThat(answer).isInstanceOfSatisfying(GatewayAnswer.Accepted.class, a -> {
                assertThat(a.providerReference()).startsWith("ATPid_");
                assertThat(a.description()).isEqualTo("Waiting for user input");
            });
            RecordedRequest request = last();
            assertThat(request.path()).isEqualTo("/mobile/checkout/request");
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.header("apiKey")).isEqualTo(KEY);
            JsonNode body = json.readTree(request.body());
            assertThat(body.path("username").asText()).isEqualTo("sandbox");
            assertThat(body.path("productName").asText()).isEqualTo("VoicePact");
            assertThat(body.path("phoneNumber").asText()).isEqualTo("+254712345678");
            assertThat(body.path("currencyCode").asText()).isEqualTo("KES");
            assertThat(body.path("amount").decimalValue()).isEqualByComparingTo("150.50");
            assertThat(body.path("metadata").path("reference").asText()).isEqualTo("A7F5C3D8E9B2");
            assertThat(body.path("metadata").path("transaction_id").asText()).isEqualTo("TXN-AG-2026-000001-001");
        }

        @Test
        void givenTestAmounts_whenCheckedOut_thenInsufficientFundsAndInvalidAccountAreRefusals() {
            assertThat(gateway().collect(new CollectionRequest(AMINA, Money.of("20", CurrencyCode.KES), "A", Map.of())))
                    .isEqualTo(new GatewayAnswer.Refused(FailureReason.INSUFFICIENT_FUNDS, "Insufficient funds"));
            assertThat(gateway().collect(new CollectionRequest(AMINA, Money.of("30", CurrencyCode.KES), "A", Map.of())))
                    .isInstanceOfSatisfying(
                            GatewayAnswer.Refused.class,
                            r -> assertThat(r.reason()).isEqualTo(FailureReason.RECIPIENT_INVALID));
        }

        @Test
        void givenACheckoutWhoseAnswerWasLost_whenLookedUpByOurReference_thenTheProviderTransactionIsFound() {
            String paid = accepted(gateway()
                    .collect(new CollectionRequest(
                            AMINA,
                            Money.of("10", CurrencyCode.KES),
                            "A7F5C3D8E9B2",
                            Map.of("transaction_id", "TXN-AG-2026-000001-001"))));
            gateway().collect(new CollectionRequest(AMINA, Money.of("10", CurrencyCode.KES), "B7F5C3D8E9B2", Map.of()));

            assertThat(gateway().findByOurReference(MoneyMovement.COLLECTION, "A7F5C3D8E9B2"))
                    .isInstanceOfSatisfying(Lookup.Found.class, f -> {
                        assertThat(f.movement().providerReference()).isEqualTo(paid);
                        assertThat(f.movement().movement()).isEqualTo(MoneyMovement.COLLECTION);
                        assertThat(f.movement().outcome())
                                .isEqualTo(new MovementOutcome.Succeeded(Money.of("10", CurrencyCode.KES), paid));
                    });
            assertThat(last().path()).isEqualTo("/query/transaction/fetch");
            assertThat(last().query()).contains("category=MobileCheckout").contains("productName=VoicePact");
            assertThat(gateway().findByOurReference(MoneyMovement.COLLECTION, "C7F5C3D8E9B2"))
                    .as("never received")
                    .isInstanceOf(Lookup.NotFound.class);
        }

        @Test
        void givenPaidCheckout_whenPayingOut_thenWalletMovesAndTheTransactionsCanBeQueried() throws Exception {
            String paid = accepted(
                    gateway().collect(new CollectionRequest(AMINA, Money.of("10", CurrencyCode.KES), "A", Map.of())));
            assertThat(gateway().balance()).isEqualTo(Money.of("10", CurrencyCode.KES));
            assertThat(gateway().findByProviderReference(MoneyMovement.COLLECTION, paid))
                    .isInstanceOfSatisfying(
                            Lookup.Found.class,
                            f -> assertThat(f.movement().outcome())
                                    .isEqualTo(new MovementOutcome.Succeeded(Money.of("10", CurrencyCode.KES), paid)));
            GatewayAnswer payout = gateway()
                    .payOut(new PayoutRequest("TXN-AG-2026-000001-001-P1", JOHN, Money.of("7.50", CurrencyCode.KES)));
            assertThat(payout).isInstanceOf(GatewayAnswer.Accepted.class);
            JsonNode body = json.readTree(last().body());
            assertThat(last().path()).isEqualTo("/mobile/b2c/request");
            JsonNode recipient = body.path("recipients").path(0);
            assertThat(recipient.path("phoneNumber").asText()).isEqualTo("+254722000111");
            assertThat(recipient.path("amount").decimalValue()).isEqualByComparingTo("7.50");
            assertThat(recipient.path("reason").asText()).isEqualTo("BusinessPayment");
            assertThat(recipient.path("metadata").path("payout_id").asText()).isEqualTo("TXN-AG-2026-000001-001-P1");
            assertThat(gateway().balance()).isEqualTo(Money.of("2.50", CurrencyCode.KES));
            assertThat(gateway().findByOurReference(MoneyMovement.PAYOUT, "TXN-AG-2026-000001-001-P1"))
                    .isInstanceOfSatisfying(
                            Lookup.Found.class,
                            f -> assertThat(f.movement().providerReference()).isEqualTo(accepted(payout)));
            assertThat(gateway().findByProviderReference(MoneyMovement.COLLECTION, "ATPid_unknown"))
                    .isInstanceOf(Lookup.NotFound.class);
            assertThat(gateway()
                            .movementsBetween(
                                    Instant.now().minusSeconds(3600),
                                    Instant.now().plusSeconds(3600)))
                    .extracting(m -> m.movement())
                    .containsExactlyInAnyOrder(MoneyMovement.COLLECTION, MoneyMovement.PAYOUT);
            assertThat(gateway().payOut(new PayoutRequest("P-2", JOHN, Money.of("100", CurrencyCode.KES))))
                    .as("more than the wallet holds")
                    .isInstanceOf(GatewayAnswer.Refused.class);
            assertThat(last().query()).isNull();
            assertThat(sandbox.requests().stream()
                            .filter(r -> r.path().equals("/query/wallet/balance"))
                            .findFirst()
                            .orElseThrow()
                            .query())
                    .isEqualTo("username=sandbox");
        }
    }

    @Nested
    class Resilience {
        @Test
        void givenFiveFailures_whenCalling_thenCircuitOpens_andAfter60sATrialClosesIt() {
            AtResilience single = new AtResilience(clock, Duration.ofMillis(1));
            AtPaymentGateway gateway = new AtPaymentGateway(config, single);
            sandbox.faults().serverErrors(5);
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(gateway::balance).isInstanceOf(GatewayException.class);
                if (single.states().get("payments").equals("OPEN")) {
                    break;
                }
            }
            assertThat(single.states()).containsEntry("payments", "OPEN").containsEntry("sms", "CLOSED");
            int before = sandbox.requests().size();
            assertThatThrownBy(gateway::balance).hasMessageContaining("circuit is open");
            assertThat(sandbox.requests()).as("an open circuit sends nothing").hasSize(before);
            assertThat(single.health())
                    .filteredOn(h -> h.component().equals("payment_service"))
                    .singleElement()
                    .satisfies(h -> {
                        assertThat(h.isHealthy()).isFalse();
                        assertThat(h.details()).containsEntry("payment_circuit", "OPEN");
                    });
            clock.advance(Duration.ofSeconds(61));
            assertThat(gateway.balance()).isEqualTo(Money.zero(CurrencyCode.KES));
            assertThat(single.states()).containsEntry("payments", "CLOSED");
        }

        @Test
        void givenOpenCircuit_whenOperatorResets_thenClosed() {
            sandbox.faults().serverErrors(100);
            AtSmsGateway sms = new AtSmsGateway(config, resilience);
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> sms.send(AMINA, "x")).isInstanceOf(GatewayException.class);
            }
            assertThat(resilience.states()).containsEntry("sms", "OPEN");
            resilience.reset("sms");
            assertThat(resilience.states()).containsEntry("sms", "CLOSED");
            assertThatThrownBy(() -> resilience.reset("fax")).hasMessageContaining("no circuit 'fax'");
        }

        @Test
        void givenAnotherProviderMovesTheMoney_thenNoPaymentsCircuitIsShownOrReset() {
            AtResilience withoutPayments = AtResilience.withoutPayments(clock, Duration.ofMillis(1));

            assertThat(withoutPayments.states()).containsOnlyKeys("sms", "voice");
            assertThat(withoutPayments.health())
                    .extracting(h -> h.component())
                    .containsExactly("sms_service", "voice_service");
            assertThatThrownBy(() -> withoutPayments.reset("payments"))
                    .isInstanceOf(com.voicepact.domain.InvalidValueException.class)
                    .hasMessage(
                            "no circuit 'payments': Africa's Talking circuits here are [sms, voice] (payments go through another"
                                    + " provider, which has none)");
        }

        @Test
        void givenTwo5xx_whenSendingSms_thenRetriedAndDelivered() {
            sandbox.faults().serverErrors(2);
            assertThat(new AtSmsGateway(config, resilience).send(AMINA, "retry me"))
                    .startsWith("ATXid_");
            assertThat(sandbox.requests()).hasSize(3);
        }

        @Test
        void givenReadTimeout_whenCheckingOut_thenNotRetriedAndReportedAmbiguous() {
            sandbox.faults().latency(1500);
            assertThatThrownBy(() -> new AtPaymentGateway(config, resilience)
                            .collect(new CollectionRequest(AMINA, Money.of("100", CurrencyCode.KES), "A", Map.of())))
                    .isInstanceOfSatisfying(
                            GatewayException.class,
                            e -> assertThat(e.ambiguous()).isTrue());
            sandbox.faults().clear();
            assertThat(sandbox.requests()).as("one STK push, never two").hasSize(1);
        }

        @Test
        void givenDroppedConnectionOr5xx_whenPayingOut_thenNotRetried() {
            sandbox.faults().dropConnections(1);
            AtPaymentGateway gateway = new AtPaymentGateway(config, resilience);
            assertThatThrownBy(() -> gateway.payOut(new PayoutRequest("P-1", JOHN, Money.of("1", CurrencyCode.KES))))
                    .isInstanceOfSatisfying(
                            GatewayException.class,
                            e -> assertThat(e.ambiguous()).isTrue());
            sandbox.faults().serverErrors(1);
            assertThatThrownBy(() -> gateway.payOut(new PayoutRequest("P-2", JOHN, Money.of("1", CurrencyCode.KES))))
                    .isInstanceOf(GatewayException.class);
            assertThat(sandbox.requests()).hasSize(2);
        }

        @Test
        void givenNothingListening_whenCheckingOut_thenRetriedAndReportedAsNotReached() {
            AtConfig nowhere = config.pointedAt("http://127.0.0.1:1");
            assertThatThrownBy(() -> new AtPaymentGateway(nowhere, resilience)
                            .collect(new CollectionRequest(AMINA, Money.of("100", CurrencyCode.KES), "A", Map.of())))
                    .isInstanceOfSatisfying(
                            GatewayException.class,
                            e -> assertThat(e.ambiguous()).isFalse());
        }
    }
}
