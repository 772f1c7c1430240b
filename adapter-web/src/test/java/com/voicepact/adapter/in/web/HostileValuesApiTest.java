package com.voicepact.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Hostile values over a real socket: numbers no column can hold, notifications no payment can
 * take, JSON with something after it, bytes that are not UTF-8, deadlines out of reach. Each is a
 * 400 with a reason in the user's terms (the allowed range where there is one), or, for a provider
 * notification, recorded, flagged and answered 200 so that the provider stops sending it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileValuesApiTest {

    private static final String BUYER = "+254712345678";
    private static final String SELLER = "+254722000111";
    private static final String FORM = "application/x-www-form-urlencoded";
    private EmbeddedServer server;
    private ApiClient api;
    private InMemoryVoicePact app;
    private EscrowScenario scenario;

    @BeforeAll
    void start() {
        server = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of(
                        "micronaut.server.port",
                        -1,
                        "micronaut.server.max-request-size",
                        "1MB",
                        "micronaut.serde.serialization.inclusion",
                        "ALWAYS"));
        api = ApiClient.asOperator(server);
        app = server.getApplicationContext().getBean(InMemoryVoicePact.class);
        scenario = new EscrowScenario(app);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static String create(String quantity, String unitPrice, String deadline) {
        return """
                {"contract_type": "agricultural_supply",
                 "parties": [{"phone": "%s", "role": "buyer"}, {"phone": "%s", "role": "seller"}],
                 "terms": {"product": "Maize", "quantity": %s, "unit": "bags", "unit_price": %s, "currency": "KES",
                           "delivery_deadline": "%s"}}""".formatted(BUYER, SELLER, quantity, unitPrice, deadline);
    }

    private long contractCount() {
        return app.contracts
                .search(new com.voicepact.application.contract.port.shared.ContractSearch(null, null, 1, 0))
                .total();
    }

    private ApiClient.Answer refused(ApiClient.Answer answer, String reason) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat((String) answer.get("reason")).as(answer.body()).contains(reason);
        ErrorStatusTableTest.assertNothingInternal(answer.body());
        return answer;
    }

    // 1. numbers out of range: 400 with the allowed range, from one rule in the domain

    @Test
    void givenAPriceOrQuantityNoColumnHolds_whenCreated_then400WithTheAllowedRange() {
        long before = contractCount();
        refused(
                api.post("/api/v1/contracts/create", create("50", "1e400", "2026-12-20")),
                "unit_price must be between 0.01 and 9,999,999,999,999,999.99 KES");
        refused(api.post("/api/v1/contracts/create", create("1e15", "1e15", "2026-12-20")), "quantity must be between");
        refused(
                api.post("/api/v1/contracts/create", create("1e400", "3500", "2026-12-20")),
                "quantity must be between 0.001 and 999,999,999,999,999.999");
        refused(
                api.post("/api/v1/contracts/create", create("1e14", "1e15", "2026-12-20")),
                "total amount (quantity x unit price) must be between 0.01 and 9,999,999,999,999,999.99 KES");
        refused(api.post("/api/v1/contracts/create", create("50", "1e-400", "2026-12-20")), "unit_price");
        refused(
                api.post("/api/v1/contracts/create/manual", """
                {"product": "Maize", "quantity": 50, "unit_price": 1e400, "currency": "KES", "parties": [{"phone": "%s", "role": "buyer"},
                 {"phone": "%s", "role": "seller"}]}""".formatted(BUYER, SELLER)),
                "unit_price must be between 0.01 and");
        refused(
                api.post("/api/v1/contracts/create/manual", """
                {"product": "Maize", "total_amount": 1e999999999, "currency": "UGX", "parties": [{"phone": "%s", "role": "buyer"},
                 {"phone": "%s", "role": "seller"}]}""".formatted(BUYER, SELLER)),
                "total_amount must be between 1 and 9,999,999,999,999,999 UGX");
        assertThat(contractCount()).as("nothing was stored").isEqualTo(before);
    }

    @Test
    void givenAnAmountShareOrQuantityOutOfRange_whenCheckoutDeliveryOrSplit_then400WithTheAllowedRange() {
        ContractId contract = scenario.confirmedContract();
        refused(
                api.post(
                        "/api/v1/payments/checkout",
                        "{\"contract_id\": \"%s\", \"phone_number\": \"%s\", \"amount\": 1e400}"
                                .formatted(contract, BUYER)),
                "amount KES 1E+400 is outside the per-transaction limits");
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        refused(
                api.post(
                        "/api/v1/contracts/" + payment.contractId() + "/delivery",
                        "{\"phone_number\": \"%s\", \"quantity\": 1e400}".formatted(SELLER)),
                "quantity must be between 0.001 and");
        api.post(
                "/api/v1/contracts/" + payment.contractId() + "/dispute",
                "{\"phone_number\": \"%s\", \"reason\": \"short\"}".formatted(BUYER));
        refused(
                api.post(
                        "/api/v1/contracts/" + payment.contractId() + "/dispute/resolve",
                        "{\"resolution\": \"split\", \"seller_share\": 1e-400}"),
                "seller_share must be between 0.000001 and 0.999999");
        assertThat(app.contracts.findById(payment.contractId()).orElseThrow().status())
                .isEqualTo(ContractStatus.DISPUTED);
    }

    // 2. a notification that can never be applied: recorded, flagged, 200 (so AT stops retrying)

    @Test
    void
            givenANotificationWithAnAmountNoPaymentCanHave_whenPosted_thenRecordedFlaggedAnd200_andTheResendIsADuplicate() {
        ContractId contract = scenario.confirmedContract();
        EscrowPayment payment = scenario.checkout(contract, "5000").payment();
        String provider = payment.lifecycle().providerTransactionId().orElseThrow();
        ApiClient at = api.withKey(null);
        for (String value : new String[] {"KES 1e400", "KES 1e999999999", "KES -1e400", "KES 1e-999999999"}) {
            String body =
                    "{\"transactionId\": \"%s\", \"category\": \"MobileCheckout\", \"status\": \"Success\", \"value\": \"%s\"}"
                            .formatted(provider, value);
            ApiClient.Answer first = at.postWith("/api/v1/payments/webhook", "application/json", body, Map.of());
            assertThat(first.status()).as(value + ": " + first.body()).isEqualTo(200);
            assertThat(first.json()).containsEntry("outcome", "mismatch");
            ApiClient.Answer again = at.postWith("/api/v1/payments/webhook", "application/json", body, Map.of());
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.json()).containsEntry("outcome", "duplicate");
        }
        assertThat(app.providerEvents.flagged())
                .filteredOn(e -> e.providerTransactionId().equals(provider))
                .hasSize(4)
                .allSatisfy(e -> {
                    assertThat(e.outcome()).isEqualTo(ProviderEvent.Outcome.MISMATCH);
                    assertThat(e.value().length())
                            .as("fits the reported_value column")
                            .isLessThanOrEqualTo(60);
                    assertThat(e.key().length()).as("fits the event_key column").isLessThanOrEqualTo(200);
                    assertThat(e.detail()).contains("reported amount").hasSizeLessThan(1000);
                });
        assertThat(app.providerEvents.flagged())
                .filteredOn(e -> e.value().equals("KES 1E+400")
                        && e.providerTransactionId().equals(provider))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.detail()).contains("must be between 0.01 and 9,999,999,999,999,999.99 KES"));
        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
    }

    // 3. JSON with something after the value

    @Test
    void givenJsonWithTrailingContent_whenPostedAnywhere_then400AndNothingDone() {
        long before = contractCount();
        String body = create("50", "3500", "2026-12-20");
        refused(api.post("/api/v1/contracts/create", body + " xyz"), "more after the JSON value");
        refused(api.post("/api/v1/contracts/create", body + body), "more after the JSON value");
        refused(api.post("/api/v1/contracts/create", body + "}"), "more after the JSON value");
        assertThat(contractCount()).isEqualTo(before);
        ContractId contract = app.create
                .create(com.voicepact.application.fakes.CreateContractCommands.maizeDeal())
                .id();
        refused(
                api.post(
                        "/api/v1/contracts/" + contract + "/confirm",
                        "{\"phone_number\": \"%s\"} {\"phone_number\": \"%s\"}".formatted(BUYER, SELLER)),
                "more after the JSON value");
        assertThat(app.contracts.findById(contract).orElseThrow().agreement().confirmations())
                .isEmpty();
        refused(
                api.withKey(null)
                        .postWith(
                                "/api/v1/payments/webhook",
                                "application/json",
                                "{\"transactionId\": \"ATPid_t\", \"status\": \"Failed\"} trailing",
                                Map.of()),
                "more after the JSON value");
        refused(
                api.postWith(
                        "/api/v1/contracts/create", "application/json; charset=ISO-8859-1", body + " xyz", Map.of()),
                "more after the JSON value");
        assertThat(api.post("/api/v1/contracts/create", "  " + body + " \r\n\t").status())
                .as("white space is not content")
                .isEqualTo(201);
        assertThat(api.post("/api/v1/contracts/create", body.replace("\"Maize\"", "\"Maize } ] \\\" {\""))
                        .status())
                .as("brackets inside a text are text")
                .isEqualTo(201);
    }

    // 4. bytes that are not UTF-8

    private static byte[] withBadUtf8(String before, String after) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        bytes.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    @Test
    void givenInvalidUtf8_whenPostedAsJsonOrForm_then400WithAReasonAndNoClassNames() {
        String body = create("50", "3500", "2026-12-20");
        int split = body.indexOf("Maize") + 2;
        refused(
                api.postBytes("/api/v1/contracts/create", withBadUtf8(body.substring(0, split), body.substring(split))),
                "not valid UTF-8");
        refused(
                api.withKey(null)
                        .postBytesWith(
                                "/api/v1/sms/webhook",
                                FORM,
                                withBadUtf8("from=%2B254712345678&to=12345&text=YES", "&id=ATXid_u8&date=2026-03-02"),
                                Map.of()),
                "not valid UTF-8");
        refused(
                api.withKey(null)
                        .postBytesWith(
                                "/api/v1/payments/webhook",
                                "application/json",
                                withBadUtf8("{\"transactionId\": \"ATPid_", "\", \"status\": \"Failed\"}"),
                                Map.of()),
                "not valid UTF-8");
        refused(
                api.withKey(null)
                        .postBytesWith(
                                "/api/v1/ussd/",
                                FORM,
                                withBadUtf8(
                                        "sessionId=S1&serviceCode=%2A384%2A123%23&phoneNumber=%2B254712345678&text=",
                                        ""),
                                Map.of()),
                "not valid UTF-8");
    }

    @Test
    void givenAFormThatNamesItsCharset_whenPosted_thenReadInIt() {
        byte[] latin1 = "from=%2B254712345678&to=12345&text=caf\u00e9&id=ATXid_l1&date=2026-03-02"
                .getBytes(StandardCharsets.ISO_8859_1);
        ApiClient.Answer answer =
                api.withKey(null).postBytesWith("/api/v1/sms/webhook", FORM + "; charset=ISO-8859-1", latin1, Map.of());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    // 5. delivery deadlines out of reach

    @Test
    void givenADeadlineBeforeTodayOrFarAhead_whenCreated_then400WithTheReason() {
        refused(
                api.post("/api/v1/contracts/create", create("50", "3500", "1900-01-01")),
                "delivery deadline 1900-01-01 is in the past");
        refused(
                api.post("/api/v1/contracts/create", create("50", "3500", "9999-12-31")),
                "delivery deadline 9999-12-31 is more than 5 years ahead");
        assertThat(api.post("/api/v1/contracts/create", create("50", "3500", "2031-03-02"))
                        .status())
                .as("5 years ahead to the day")
                .isEqualTo(201);
    }

    // issue 10, second round: notifications AT can send, reasons that say what was wrong

    private ApiClient.Answer notify(String json) {
        return api.withKey(null).postWith("/api/v1/payments/webhook", "application/json", json, Map.of());
    }

    @Test
    void givenAReadableNotificationWithNoneOrNestedMetadata_whenPosted_thenAppliedAnd200() {
        for (String metadata :
                new String[] {"\"None\"", "{\"a\": {\"b\": 1}, \"product\": \"Maize\"}", "[1, 2]", "7"}) {
            EscrowPayment payment =
                    scenario.checkout(scenario.confirmedContract(), "5000").payment();
            app.gateway.complete(
                    payment.lifecycle().providerTransactionId().orElseThrow(), "Success"); // the provider confirms it
            ApiClient.Answer answer = notify(
                    "{\"transactionId\": \"%s\", \"status\": \"Success\", \"value\": \"KES 5000.0000\", \"requestMetadata\": %s}"
                            .formatted(
                                    payment.lifecycle().providerTransactionId().orElseThrow(), metadata));
            assertThat(answer.status()).as(metadata + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.json()).containsEntry("outcome", "applied");
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.LOCKED);
        }
    }

    @Test
    void
            givenANotificationWhoseAmountCanNeverApply_whenPosted_thenRecordedFlaggedAnd200_butOneWithNothingToRecordItUnderIs400() {
        EscrowPayment payment =
                scenario.checkout(scenario.confirmedContract(), "5000").payment();
        String provider = payment.lifecycle().providerTransactionId().orElseThrow();
        for (String value : new String[] {"USD 9000", "KES 1e2147483648", "KES abc", "KES 1 2", "\u20ac"}) {
            ApiClient.Answer answer = notify("{\"transactionId\": \"%s\", \"status\": \"Success\", \"value\": \"%s\"}"
                    .formatted(provider, value));
            assertThat(answer.status()).as(value + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.json()).containsEntry("outcome", "mismatch");
        }
        assertThat(app.providerEvents.flagged())
                .filteredOn(e -> e.providerTransactionId().equals(provider))
                .hasSize(5)
                .allSatisfy(e -> assertThat(e.detail()).contains("reported amount"));
        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        refused(notify("{\"status\": \"Success\", \"value\": \"USD 9000\"}"), "transactionId is required");
    }

    @Test
    void givenAWebhookBodyThatIsNoNotification_whenPosted_then400SayingWhatWasWrong() {
        refused(notify("{\"transactionId\": \"ATPid_n\", \"status\": \"None\"}"), "status is missing");
        refused(
                notify("{\"transactionId\": \"ATPid_n\", \"status\": \"Pending\"}"),
                "status must be Success or Failed, got 'Pending'");
        refused(notify("[{\"transactionId\": \"ATPid_n\", \"status\": \"Failed\"}]"), "must be a JSON object");
    }

    @Test
    void givenGarbageBeforeTheJson_orABodyOverTheLimit_thenTheReasonSaysSo() {
        String body = create("50", "3500", "2026-12-20");
        refused(api.post("/api/v1/contracts/create", "xyz " + body), "not valid JSON");
        ApiClient.Answer large = api.postBytes("/api/v1/contracts/create", new byte[2 * 1024 * 1024]);
        assertThat(large.status()).isEqualTo(413);
        assertThat((String) large.get("reason")).isEqualTo("the request body is larger than 1 MB");
    }

    @Test
    void givenACheckoutAmountOutOfTheLimits_thenTheReasonShowsThePerTransactionLimits() {
        ContractId contract = scenario.confirmedContract();
        for (String amount : new String[] {"1e400", "-1", "0"}) {
            refused(
                    api.post(
                            "/api/v1/payments/checkout",
                            "{\"contract_id\": \"%s\", \"phone_number\": \"%s\", \"amount\": %s}"
                                    .formatted(contract, BUYER, amount)),
                    "outside the per-transaction limits KES 1.00 to KES 1000000.00");
        }
    }

    @Test
    void givenATotalUnderTheSmallestAmount_orASecondResolution_thenTheReasonIsInTheUsersTerms() {
        refused(
                api.post("/api/v1/contracts/create", create("0.001", "0.01", "2026-12-20")),
                "smallest amount, KES 0.01");
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        api.post(
                "/api/v1/contracts/" + payment.contractId() + "/dispute",
                "{\"phone_number\": \"%s\", \"reason\": \"short\"}".formatted(BUYER));
        assertThat(api.post(
                                "/api/v1/contracts/" + payment.contractId() + "/dispute/resolve",
                                "{\"resolution\": \"release\"}")
                        .status())
                .isEqualTo(200);
        ApiClient.Answer again = api.post(
                "/api/v1/contracts/" + payment.contractId() + "/dispute/resolve", "{\"resolution\": \"refund\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat((String) again.get("reason"))
                .contains("dispute on " + payment.contractId() + " was already resolved")
                .doesNotContain("DISPUTED")
                .doesNotContain("is disputed");
    }

    @Test
    void givenAKeyTwiceInOneObject_whenPosted_then400NamingTheKey() {
        long before = contractCount();
        refused(
                api.post("/api/v1/contracts/create", create("50", "3500, \"unit_price\": 1", "2026-12-20")),
                "the key 'unit_price' appears more than once");
        refused(
                api.post("/api/v1/contracts/create", create("50", "3500, \"unit\\u005fprice\": 1", "2026-12-20")),
                "the key 'unit_price' appears more than once");
        assertThat(contractCount()).isEqualTo(before);
        assertThat(api.post("/api/v1/contracts/create", create("50", "3500", "2026-12-20"))
                        .status())
                .as("a key in two objects is fine")
                .isEqualTo(201);
    }

    @Test
    void givenADeadlineWithATime_whenCreated_then400() {
        refused(
                api.post("/api/v1/contracts/create", create("50", "3500", "2027-12-20T10:00:00Z")),
                "delivery_deadline must be a date like 2027-12-20");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenFlaggedNotifications_whenAnOperatorListsThem_thenNewestFirstPagedWithTheirReasons() {
        EscrowPayment payment =
                scenario.checkout(scenario.confirmedContract(), "5000").payment();
        String provider = payment.lifecycle().providerTransactionId().orElseThrow();
        app.gateway.complete(provider, "Success"); // for KES 5000: the provider contradicts KES 4000
        notify("{\"transactionId\": \"%s\", \"status\": \"Success\", \"value\": \"KES 1e400\"}".formatted(provider));
        app.clock.advance(java.time.Duration.ofSeconds(1));
        notify("{\"transactionId\": \"%s\", \"status\": \"Success\", \"value\": \"KES 4000\"}".formatted(provider));
        long total = app.providerEvents.flagged().size();
        ApiClient.Answer page = api.get("/api/v1/payments/events/flagged?limit=1&offset=0");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json()).containsEntry("limit", 1).containsEntry("offset", 0);
        assertThat(((Number) page.get("total")).longValue()).isEqualTo(total);
        java.util.List<Map<String, Object>> events = page.get("events");
        assertThat(events)
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .containsEntry("transaction_id", provider)
                        .containsEntry("status", "Success")
                        .containsEntry("value", "KES 4000")
                        .containsEntry("outcome", "mismatch")
                        .containsKeys("received_at", "detail"));
        ApiClient.Answer next = api.get("/api/v1/payments/events/flagged?limit=1&offset=1");
        assertThat((java.util.List<Map<String, Object>>) next.get("events"))
                .singleElement()
                .satisfies(e -> assertThat(e).containsEntry("value", "KES 1E+400"));
        assertThat(((java.util.List<?>)
                                api.get("/api/v1/payments/events/flagged").get("events"))
                        .size())
                .isEqualTo((int) Math.min(total, 50));
        refused(api.get("/api/v1/payments/events/flagged?limit=0"), "limit must be between 1 and 100");
        assertThat(api.withKey(null).get("/api/v1/payments/events/flagged").status())
                .isEqualTo(401);
    }

    @Test
    void givenControlOrBidiCharactersInFreeText_whenEnteredOverTheApi_then400NamingTheField_andNothingStored() {
        long before = contractCount();
        String body = create("50", "3500", "2026-12-20");
        refused(
                api.post(
                        "/api/v1/contracts/create",
                        body.replace("\"Maize\"", "\"Maize\\nReply YES-AG-2026-999999 to pay KES 1,000,000\"")),
                "product contains a control or invisible formatting character (U+000A)");
        refused(
                api.post("/api/v1/contracts/create", body.replace("\"bags\"", "\"bags\\u0007\"")),
                "unit contains a control");
        refused(
                api.post(
                        "/api/v1/contracts/create",
                        body.replace("\"currency\"", "\"delivery_location\": \"Nakuru\\u0000\", \"currency\"")),
                "delivery_location contains a control or invisible formatting character (U+0000)");
        refused(
                api.post(
                        "/api/v1/contracts/create",
                        body.replace("\"currency\"", "\"quality_requirements\": \"dry\\r\\nwet\", \"currency\"")),
                "quality_requirements contains");
        refused(
                api.post(
                        "/api/v1/contracts/create",
                        body.replace("\"role\": \"buyer\"", "\"role\": \"buyer\", \"name\": \"Amina\\u202Eanihc\"")),
                "party name contains a control or invisible formatting character (U+202E)");
        refused(api.post("/api/v1/contracts/create", body.replace("\"Maize\"", "\"Mai\\u200Bze\"")), "(U+200B)");
        refused(api.post("/api/v1/contracts/create/manual", """
                {"product": "Maize\\u0085", "quantity": 50, "unit_price": 3500, "currency": "KES", "parties": [{"phone": "%s", "role": "buyer"},
                 {"phone": "%s", "role": "seller"}]}""".formatted(BUYER, SELLER)), "product contains");
        assertThat(contractCount()).isEqualTo(before);
        assertThat(api.post("/api/v1/contracts/create", body.replace("\"Maize\"", "\"Mahindi \u00e9 \ud83c\udf3d\""))
                        .status())
                .as("accents and emoji are plain text")
                .isEqualTo(201);
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        refused(
                api.post(
                        "/api/v1/contracts/" + payment.contractId() + "/dispute",
                        "{\"phone_number\": \"%s\", \"reason\": \"wet\\u2066x\"}".formatted(BUYER)),
                "reason contains a control or invisible formatting character (U+2066)");
        assertThat(app.contracts.findById(payment.contractId()).orElseThrow().status())
                .isEqualTo(ContractStatus.ACTIVE);
    }
}
