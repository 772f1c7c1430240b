package com.voicepact.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.testdata.ContractBuilder;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The operator console's read endpoints over a real socket, on the real use cases with in-memory ports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleDataApiTest {

    private static final String ISO_UTC = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z";
    private EmbeddedServer server;
    private ApiClient api;
    private InMemoryVoicePact app;
    private EscrowScenario scenario;

    @BeforeAll
    void start() {
        server = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of(
                        "micronaut.server.port", -1,
                        "micronaut.serde.serialization.inclusion", "ALWAYS",
                        "voicepact.default-country", "KE"));
        api = ApiClient.asOperator(server);
        app = server.getApplicationContext().getBean(InMemoryVoicePact.class);
        scenario = new EscrowScenario(app);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static List<Map<String, Object>> list(ApiClient.Answer answer, String field) {
        return answer.get(field);
    }

    @Test
    void givenAFundedDeliveredContract_whenItsTimelineIsAsked_thenEveryEventOldestFirstInTheAgreedShape() {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        String id = payment.contractId().value();
        app.clock.advance(Duration.ofMinutes(1));
        app.delivery.reportDelivery(new DeliveryCommand(
                payment.contractId(), ContractBuilder.SELLER, null, Channel.USSD, Actor.party(ContractBuilder.SELLER)));
        app.dispatcher.dispatchDue(); // the SMS go out and are logged

        ApiClient.Answer timeline = api.get("/api/v1/contracts/" + id + "/timeline");

        assertThat(timeline.status()).isEqualTo(200);
        assertThat((String) timeline.get("contract_id")).isEqualTo(id);
        assertThat((String) timeline.get("status")).isEqualTo("active");
        List<Map<String, Object>> events = list(timeline, "events");
        assertThat(events).allSatisfy(e -> {
            assertThat(e).containsOnlyKeys("at", "kind", "actor", "summary", "detail");
            assertThat((String) e.get("at")).matches(ISO_UTC);
        });
        assertThat(events.get(0)).containsEntry("kind", "created");
        assertThat(events)
                .extracting(e -> e.get("kind"))
                .contains("confirmation", "payment", "delivery", "sms", "audit");
        assertThat(events)
                .filteredOn(e -> e.get("kind").equals("payment"))
                .extracting(e -> e.get("detail"))
                .contains(Map.of(
                        "transaction_id", payment.id().value(),
                        "amount", "175000.00",
                        "currency", "KES",
                        "state", "locked",
                        "provider_transaction_id",
                                payment.lifecycle().providerTransactionId().orElseThrow(),
                        "payer", ContractBuilder.BUYER.e164(),
                        "failure_reason", ""));
        assertThat(events)
                .filteredOn(e -> e.get("kind").equals("sms"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat((Map<String, Object>) e.get("detail"))
                        .containsKeys("to", "text", "delivery_status"));
        assertThat(events)
                .filteredOn(e -> e.get("kind").equals("audit"))
                .isNotEmpty()
                .allSatisfy(
                        e -> assertThat((Map<String, Object>) e.get("detail")).containsKeys("action", "sequence"));
    }

    @Test
    void givenAnUnknownOrMalformedContract_whenItsTimelineIsAsked_then404Or400InTheErrorShape() {
        ApiClient.Answer unknown = api.get("/api/v1/contracts/AG-2026-999999/timeline");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json()).containsKeys("status", "error", "reason", "detail");
        assertThat((String) unknown.get("reason")).contains("AG-2026-999999");

        assertThat(api.get("/api/v1/contracts/nonsense/timeline").status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/contracts/AG-2026-000001/timeline",
                "/api/v1/disputes",
                "/api/v1/payments/attention",
                "/api/v1/outbox"
            })
    void givenNoOperatorKey_whenAnyConsoleReadIsAsked_then401(String path) {
        assertThat(api.withKey(null).get(path).status()).isEqualTo(401);
        assertThat(api.withKey("wrong-key-0123456789").get(path).status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/disputes", "/api/v1/payments/attention", "/api/v1/outbox"})
    void givenBadPaging_whenAPagedListIsAsked_then400SayingWhy(String path) {
        ApiClient.Answer zero = api.get(path + "?limit=0");
        assertThat(zero.status()).isEqualTo(400);
        assertThat((String) zero.get("reason")).isEqualTo("limit must be between 1 and 100");
        assertThat(api.get(path + "?limit=101").status()).isEqualTo(400);
        ApiClient.Answer negative = api.get(path + "?offset=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat((String) negative.get("reason")).isEqualTo("offset must not be negative");
        ApiClient.Answer text = api.get(path + "?limit=ten");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body()).doesNotContain("Exception").doesNotContain("java.");
        ApiClient.Answer fine = api.get(path + "?limit=5&offset=0");
        assertThat(fine.status()).isEqualTo(200);
        assertThat(fine.json())
                .containsEntry("limit", 5)
                .containsEntry("offset", 0)
                .containsKey("total");
    }

    @Test
    void givenADisputeRaisedOverTheApi_whenDisputesAreListed_thenItIsThereWithWhatIsHeldAndTheParties() {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        String id = payment.contractId().value();
        ApiClient.Answer raised = api.post(
                "/api/v1/contracts/" + id + "/dispute",
                "{\"phone_number\": \"0712345678\", \"reason\": \"bags were wet\"}");
        assertThat(raised.status()).isEqualTo(200);

        ApiClient.Answer disputes = api.get("/api/v1/disputes?limit=100");

        assertThat(disputes.status()).isEqualTo(200);
        assertThat(list(disputes, "disputes"))
                .filteredOn(d -> d.get("contract_id").equals(id))
                .singleElement()
                .satisfies(d -> assertThat(d)
                        .containsEntry("raised_by", ContractBuilder.BUYER.e164())
                        .containsEntry("reason", "bags were wet")
                        .containsEntry("held", "175000.00")
                        .containsEntry("currency", "KES")
                        .containsEntry("buyer", ContractBuilder.BUYER.e164())
                        .containsEntry("seller", ContractBuilder.SELLER.e164())
                        .containsKey("raised_at"));
        assertThat(((Number) disputes.get("total")).longValue()).isPositive();
    }

    @Test
    void givenANotificationForNoPaymentOfOurs_whenPaymentsNeedingAttentionAreListed_thenAFlaggedEventWithNullIds() {
        app.notifications.settle(EscrowScenario.success("ATPid_console_1", Money.of("50", CurrencyCode.KES)));

        ApiClient.Answer attention = api.get("/api/v1/payments/attention?limit=100");

        assertThat(attention.status()).isEqualTo(200);
        assertThat(list(attention, "items"))
                .filteredOn(i -> "ATPid_console_1".equals(i.get("transaction_id")))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i)
                            .containsEntry("kind", "flagged_event")
                            .containsEntry("contract_id", null)
                            .containsEntry("payment_id", null)
                            .containsEntry("amount", null)
                            .containsKeys("currency", "since", "detail");
                    assertThat((String) i.get("since")).matches(ISO_UTC);
                });
    }

    @Test
    void givenAnSmsGivenUpOn_whenTheOutboxIsAsked_thenTheBacklogAndTheGivenUpMessage() {
        app.outbox.enqueue(OutboxMessage.sms("sms:console-test", "+254712345678", "Funded", "", app.clock.now()));
        app.outbox.giveUp("sms:console-test", "rejected: InvalidPhoneNumber", app.clock.now());

        ApiClient.Answer outbox = api.get("/api/v1/outbox?limit=100");

        assertThat(outbox.status()).isEqualTo(200);
        assertThat(outbox.json()).containsKeys("pending", "oldest_pending_at", "given_up", "limit", "offset", "total");
        assertThat(list(outbox, "given_up"))
                .filteredOn(m -> m.get("message_id").equals("sms:console-test"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m)
                            .containsEntry("kind", "sms")
                            .containsEntry("recipient", "+254712345678")
                            .containsEntry("summary", "Funded")
                            .containsEntry("attempts", 1)
                            .containsEntry("last_error", "rejected: InvalidPhoneNumber");
                    assertThat((String) m.get("given_up_at")).matches(ISO_UTC);
                });
    }
}
