package com.voicepact.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.FlakyProviderEvents;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.testdata.ContractBuilder;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The USSD and SMS endpoints over real sockets, AT's forms in, AT's expected answers out. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneApiTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private EmbeddedServer server;
    private ApiClient at;
    private ApiClient operator;
    private InMemoryVoicePact app;

    @BeforeAll
    void start() {
        server = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "micronaut.serde.serialization.inclusion", "ALWAYS"));
        operator = ApiClient.asOperator(server);
        at = operator.withKey(null);
        app = server.getApplicationContext().getBean(InMemoryVoicePact.class);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private ApiClient.Answer hop(String session, String phone, String text) {
        return at.postWith(
                "/api/v1/ussd/",
                FORM,
                "sessionId=" + session + "&serviceCode=%2A384%2A123%23&phoneNumber=" + phone.replace("+", "%2B")
                        + "&networkCode=63902&text=" + text.replace("*", "%2A"),
                Map.of());
    }

    @Test
    void givenUssdHops_whenPosted_thenPlainTextConAndEnd_andAConfirmationHappensOnce() {
        ContractId id = app.create.create(CreateContractCommands.maizeDeal()).id();
        ApiClient.Answer first = hop("ATUid_1", "+254722000111", "");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(first.body()).startsWith("CON Welcome to VoicePact\n1. View My Contracts");
        hop("ATUid_1", "+254722000111", "1");
        hop("ATUid_1", "+254722000111", "1*1");
        ApiClient.Answer done = hop("ATUid_1", "+254722000111", "1*1*1");
        assertThat(done.body()).isEqualTo("END Contract " + id + " confirmed.\nThank you!");
        assertThat(hop("ATUid_1", "+254722000111", "1*1*1").body()).isEqualTo(done.body());
        assertThat(app.queries.get(id).agreement().confirmations()).hasSize(1);
    }

    @Test
    void givenTranscript_whenExtracted_thenCorpusNamesAndCanonicalForms_andBadInputRefused() {
        ApiClient.Answer terms = operator.post("/api/v1/voice/extract", """
                {"transcript": "sawa basi crates thirty za tomatoes kwa 2,800 bob kila crate, tutaleta Gikomba by 10th august",
                 "reference_date": "2026-08-03"}""");
        assertThat(terms.status()).isEqualTo(200);
        assertThat(terms.json())
                .containsEntry("product", "tomato")
                .containsEntry("quantity", 30)
                .containsEntry("unit", "crate")
                .containsEntry("unit_price", 2800)
                .containsEntry("total_amount", 84000)
                .containsEntry("currency", "KES")
                .containsEntry("delivery_location", "Gikomba")
                .containsEntry("delivery_deadline", "2026-08-10")
                .containsEntry("quality_requirements", null)
                .containsEntry("complete", true);
        assertThat(terms.<Map<String, Object>>get("confidence")).containsKeys("product", "unit_price");
        assertThat(operator.post("/api/v1/voice/extract", "{\"transcript\": \"\"}")
                        .status())
                .isEqualTo(400);
        assertThat(operator.post("/api/v1/voice/extract", "{\"transcript\": \"x\", \"reference_date\": \"monday\"}")
                        .status())
                .isEqualTo(400);
        assertThat(at.post("/api/v1/voice/extract", "{\"transcript\": \"x\"}").status())
                .isEqualTo(401);
    }

    @Test
    void givenBadUssdForms_whenPosted_then400PlainTextEnd() {
        ApiClient.Answer noPhone = at.postWith("/api/v1/ussd/", FORM, "sessionId=S&serviceCode=x&text=", Map.of());
        assertThat(noPhone.status()).isEqualTo(400);
        assertThat(noPhone.body()).startsWith("END Invalid request");
        assertThat(noPhone.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(at.postWith("/api/v1/ussd/", FORM, "sessionId=S&phoneNumber=hello&text=", Map.of())
                        .body())
                .startsWith("END ");
    }

    @Test
    void givenIncomingSmsAndDeliveryReport_whenPosted_thenToldApartAnd200() {
        ContractId id = app.create.create(CreateContractCommands.maizeDeal()).id();
        ApiClient.Answer yes = at.postWith(
                "/api/v1/sms/webhook",
                FORM,
                "from=%2B254712345678&to=40404&text=YES-" + id + "&date=2026-03-02&id=ATXid_in1&linkId=L1",
                Map.of());
        assertThat(yes.status()).isEqualTo(200);
        assertThat(yes.json()).containsEntry("status", "message_processed");
        assertThat(app.queries.get(id).agreement().hasConfirmed(ContractBuilder.BUYER))
                .isTrue();
        app.dispatcher.dispatchDue();
        String messageId = app.smsLog.forRecipient("+254712345678").get(0).messageId();
        ApiClient.Answer report = at.postWith(
                "/api/v1/sms/webhook",
                FORM,
                "id=" + messageId + "&status=Success&phoneNumber=%2B254712345678&networkCode=63902&retryCount=0",
                Map.of());
        assertThat(report.json()).containsEntry("status", "report_processed");
        assertThat(at.postWith(
                                "/api/v1/sms/delivery-report",
                                FORM,
                                "id=" + messageId + "&status=Sent&phoneNumber=%2B254712345678",
                                Map.of())
                        .json())
                .containsEntry("status", "report_outdated_final_status_kept");
        assertThat(app.smsLog.findByMessageId(messageId).orElseThrow().status()).isEqualTo("success");
        assertThat(at.postWith(
                                "/api/v1/sms/delivery-report",
                                FORM,
                                "id=ATXid_x&status=Failed&phoneNumber=%2B254712345678"
                                        + "&failureReason=DeliveryFailure",
                                Map.of())
                        .json())
                .containsEntry("status", "report_kept_until_message_logged");
        assertThat(at.postWith(
                                "/api/v1/sms/delivery-report",
                                FORM,
                                "id=ATXid_y&status=&phoneNumber=%2B254712345678",
                                Map.of())
                        .json())
                .containsEntry("status", "ignored");
        ApiClient.Answer longId =
                at.postWith("/api/v1/sms/delivery-report", FORM, "id=" + "A".repeat(400) + "&status=Success", Map.of());
        assertThat(longId.status())
                .as("input that can never be stored is not retried forever")
                .isEqualTo(200);
        assertThat(longId.json())
                .containsEntry("status", "ignored")
                .containsEntry("reason", "id is longer than 100 characters");
        assertThat(new com.voicepact.application.phone.port.in.SmsDeliveryReport(
                                "ATXid_q2", "Failed", null, null, "x".repeat(400), null)
                        .failureReason())
                .as("a long failure reason is kept as far as the log holds it")
                .hasSize(300);
        ApiClient.Answer junk = at.postWith("/api/v1/sms/webhook", FORM, "from=not-a-phone&text=YES", Map.of());
        assertThat(junk.status()).isEqualTo(200);
        assertThat(junk.json()).containsEntry("status", "ignored");
        assertThat(app.queries.get(id).status()).isEqualTo(ContractStatus.PENDING);
    }

    @Test
    void givenAFailureOnOurSide_whenAtPostsAYes_then503SoAtResends_andTheResendAfterRecoveryCountsItOnce() {
        ContractId id = app.create.create(CreateContractCommands.maizeDeal()).id();
        FlakyProviderEvents store = server.getApplicationContext().getBean(FlakyProviderEvents.class);
        String yes = "from=%2B254712345678&to=40404&text=YES-" + id + "&date=2026-03-02&id=ATXid_flaky&linkId=L9";
        store.failWrites(true);
        ApiClient.Answer failed;
        try {
            failed = at.postWith("/api/v1/sms/webhook", FORM, yes, Map.of());
        } finally {
            store.failWrites(false);
        }
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.headers().firstValue("Retry-After")).isPresent();
        assertThat(failed.body()).doesNotContain("simulated", "Exception", "database");
        store.failReads(true);
        try {
            assertThat(at.postWith("/api/v1/sms/webhook", FORM, yes, Map.of()).status())
                    .isEqualTo(503);
        } finally {
            store.failReads(false);
        }
        WebTestApplication.SMS_CONFIRM_FAILS.set(true);
        try {
            assertThat(at.postWith("/api/v1/sms/webhook", FORM, yes, Map.of()).status())
                    .isEqualTo(503);
        } finally {
            WebTestApplication.SMS_CONFIRM_FAILS.set(false);
        }
        ApiClient.Answer resent = at.postWith("/api/v1/sms/webhook", FORM, yes, Map.of());
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.json()).containsEntry("status", "message_processed").containsEntry("outcome", "applied");
        assertThat(at.postWith("/api/v1/sms/webhook", FORM, yes, Map.of()).json())
                .containsEntry("outcome", "duplicate");
        assertThat(app.queries.get(id).agreement().confirmations()).hasSize(1);
        assertThat(app.queries.get(id).agreement().hasConfirmed(ContractBuilder.BUYER))
                .isTrue();
    }

    @Test
    void
            givenTheMarkFailsAfterADeliveredSmsWasCarriedOut_whenAtResendsAfterThe503_thenItIsAppliedOnceAndNothingLeftBefore() {
        ContractId id = new com.voicepact.application.fakes.EscrowScenario(app)
                .activeContractWithLockedPayment()
                .contractId();
        app.dispatcher.dispatchDue();
        FlakyProviderEvents store = server.getApplicationContext().getBean(FlakyProviderEvents.class);
        String delivered =
                "from=%2B254722000111&to=40404&text=DELIVERED-" + id + "&date=2026-03-02&id=ATXid_dlv503&linkId=L10";
        store.failWrites(true);
        ApiClient.Answer failed;
        try {
            failed = at.postWith("/api/v1/sms/webhook", FORM, delivered, Map.of());
        } finally {
            store.failWrites(false);
        }
        assertThat(failed.status()).isEqualTo(503);
        app.dispatcher.dispatchDue();
        assertThat(app.sms.sent())
                .as("nothing of the failed unit reached AT")
                .noneMatch(s -> s.text().contains("Delivery Alert") && s.text().contains(id.value()));
        assertThat(app.queries.get(id).fulfilment().delivery())
                .as("no effect without its mark")
                .isEmpty();

        ApiClient.Answer resent = at.postWith("/api/v1/sms/webhook", FORM, delivered, Map.of());
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.json()).containsEntry("status", "message_processed").containsEntry("outcome", "applied");
        assertThat(at.postWith("/api/v1/sms/webhook", FORM, delivered, Map.of()).json())
                .containsEntry("outcome", "duplicate");
        app.dispatcher.dispatchDue();
        assertThat(app.sms.sent())
                .filteredOn(s -> s.text().contains("Delivery Alert") && s.text().contains(id.value()))
                .hasSize(1);
        assertThat(app.sms.sent())
                .filteredOn(
                        s -> s.to().equals(ContractBuilder.SELLER) && s.text().contains(id.value()))
                .last()
                .satisfies(s -> assertThat(s.text()).startsWith("VoicePact: Delivery recorded for " + id));
        assertThat(app.auditLog.forSubject(id.value()))
                .filteredOn(e -> e.record().action().equals("DELIVERY_REPORTED"))
                .hasSize(1);
    }

    @Test
    void givenInputThatCanNeverSucceed_whenPosted_then200WithTheReason() {
        ContractId id = app.create.create(CreateContractCommands.maizeDeal()).id();
        assertThat(at.postWith(
                                "/api/v1/sms/webhook",
                                FORM,
                                "from=%2B254799000999&to=40404&text=YES-" + id + "&id=ATXid_s1",
                                Map.of())
                        .json())
                .containsEntry("outcome", "not_a_party");
        assertThat(at.postWith(
                                "/api/v1/sms/webhook",
                                FORM,
                                "from=%2B254712345678&to=40404&text=YES-AG-2026-999999&id=ATXid_s2",
                                Map.of())
                        .json())
                .containsEntry("outcome", "not_a_party");
        assertThat(at.postWith(
                                "/api/v1/sms/webhook",
                                FORM,
                                "from=%2B254712345678&to=40404&text=yes+please&id=ATXid_s3",
                                Map.of())
                        .json())
                .containsEntry("outcome", "not_a_command");
        ApiClient.Answer malformed =
                at.postWith("/api/v1/sms/webhook", FORM, "from=%2B254712345678&text=%ZZ&id=ATXid_s4", Map.of());
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.json())
                .as("a broken escape is read as typed (AT form fields are parsed tolerantly)")
                .containsEntry("outcome", "not_a_command");
        assertThat(at.postWith("/api/v1/sms/webhook", FORM, "from=%2B254712345678&to=40404&text=YES-" + id, Map.of())
                        .json())
                .as("no message id")
                .containsEntry("status", "ignored")
                .containsEntry("reason", "id is required");
        assertThat(app.queries.get(id).agreement().confirmations()).isEmpty();
    }

    @Test
    void givenOperatorSmsEndpoints_whenCalled_thenSentLoggedAndReported() {
        assertThat(operator.post("/api/v1/sms/test?phone_number=0712345678", null)
                        .json())
                .containsEntry("status", "success");
        assertThat(app.sms.sent()).anyMatch(s -> s.text().startsWith("VoicePact SMS Test - "));
        assertThat(operator.post("/api/v1/sms/send", "{\"phoneNumber\": \"+254722000111\", \"message\": \"Hello\"}")
                        .status())
                .isEqualTo(200);
        assertThat(operator.post(
                                "/api/v1/sms/send/bulk",
                                "{\"recipients\": [\"0712345678\", \"0722000111\"], \"message\": \"Hi all\"}")
                        .<Map<String, Object>>get("data")
                        .get("recipients"))
                .asList()
                .hasSize(2);
        ContractId id = app.create.create(CreateContractCommands.maizeDeal()).id();
        ApiClient.Answer contract = operator.post("/api/v1/sms/send/contract", "{\"contract_id\": \"" + id + "\"}");
        assertThat(contract.<String>get("message")).startsWith("VoicePact Contract Summary:");
        assertThat(contract.<List<?>>get("sms_result")).hasSize(2);
        assertThat(operator.get("/api/v1/sms/status").json())
                .containsEntry("service", "SMS")
                .containsKey("service_available");
        assertThat(operator.post("/api/v1/sms/send", "{\"message\": \"Hello\"}").status())
                .isEqualTo(400);
        assertThat(at.post("/api/v1/sms/send", "{\"phoneNumber\": \"+254722000111\", \"message\": \"x\"}")
                        .status())
                .isEqualTo(401);
        app.sms.setDown(true);
        try {
            assertThat(operator.post("/api/v1/sms/send", "{\"phoneNumber\": \"+254722000111\", \"message\": \"x\"}")
                            .status())
                    .isEqualTo(503);
        } finally {
            app.sms.setDown(false);
        }
    }
}
