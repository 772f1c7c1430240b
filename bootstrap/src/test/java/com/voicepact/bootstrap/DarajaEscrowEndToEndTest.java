package com.voicepact.bootstrap;

import static com.voicepact.bootstrap.Eventually.await;
import static com.voicepact.bootstrap.Eventually.quietly;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import com.voicepact.sandbox.RecordedRequest;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The escrow on M-Pesa Daraja, the embedded default's provider, on the running service over HTTP, on PostgreSQL, with
 * the production callback protections on ({@code VOICEPACT_CALLBACK_TOKEN}, {@code WEBHOOK_SECRET}: the local Daraja
 * calls back with the token and signs as a signing proxy would). Each contract is funded by an STK push the buyer
 * approves on the phone simulator; then: a release by B2C, a refund by Reversal of the STK receipt (a dispute resolved
 * for the buyer: the contract cancelled), and a dispute split (B2C to the seller, Reversal of the rest). Every shilling
 * the utility account took in goes out, each movement once, each settled by its result callback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DarajaEscrowEndToEndTest {

    private static final String KEY = "daraja-escrow-e2e-operator-key";
    private static final String BUYER = "254712345678";
    private static final String SELLER = "254722000111";
    private EmbeddedPostgres postgres;
    private ApplicationContext service;
    private URI base;
    private DarajaPhone daraja;
    private AtSandbox at;

    @BeforeAll
    void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        service = Application.start(
                Map.of(
                        "DATABASE_URL",
                        postgres.getJdbcUrl("postgres", "postgres"),
                        "DATABASE_USERNAME",
                        "postgres",
                        "DATABASE_PASSWORD",
                        "postgres",
                        "VOICEPACT_API_KEYS",
                        OperatorKeys.sha256Hex(KEY),
                        "VOICEPACT_AUDIT_KEY",
                        "an-audit-key-of-at-least-thirty-two-bytes",
                        "VOICEPACT_DATA_DIR",
                        Files.createTempDirectory("voicepact-daraja-escrow-e2e").toString(),
                        "VOICEPACT_SANDBOX_PORT",
                        "0",
                        "VOICEPACT_CALLBACK_TOKEN",
                        "a-callback-token-0123456789",
                        "WEBHOOK_SECRET",
                        "a-signing-proxy-secret"),
                Map.of("micronaut.server.port", -1, "voicepact.dispatch-interval", "200ms"));
        base = service.getBean(EmbeddedServer.class).getURI();
        daraja = new DarajaPhone(service.getBean(DarajaSandbox.class));
        at = service.getBean(AtSandbox.class);
    }

    @AfterAll
    void stop() throws IOException {
        service.close();
        postgres.close();
    }

    @Test
    void givenAContractFundedByStk_whenDeliveredAndAccepted_thenTheSellerIsPaidOnceByB2c() throws Exception {
        BigDecimal before = daraja.sandbox().utilityAccount();
        Funded funded = fundedContract(35_000);

        Http.post(
                base, "/api/v1/contracts/" + funded.contract + "/delivery", KEY, "{\"phone_number\": \"0722000111\"}");
        Http.post(
                base,
                "/api/v1/contracts/" + funded.contract + "/delivery/accept",
                KEY,
                "{\"phone_number\": \"0712345678\"}");
        awaitPayment(funded.transaction, "released");

        assertThat(status("/api/v1/contracts/" + funded.contract)).containsEntry("status", "completed");
        Map<String, Object> payout = onlyPayout(funded.transaction);
        assertThat(payout)
                .containsEntry("kind", "release")
                .containsEntry("state", "confirmed")
                .containsEntry("recipient_phone", "+" + SELLER);
        assertThat(b2cFor((String) payout.get("payout_id")))
                .as("one B2C under our payout id")
                .singleElement()
                .satisfies(
                        r -> assertThat(body(r)).containsEntry("PartyB", SELLER).containsEntry("Amount", 35_000));
        assertThat(daraja.calls(DarajaPhone.REVERSAL)).noneMatch(r -> r.body().contains(funded.receipt));
        assertThat(daraja.sandbox().utilityAccount())
                .as("what came in went out")
                .isEqualByComparingTo(before);
        awaitSms("+" + SELLER, "VoicePact Payment Released:", funded.contract);
        assertThat(status("/api/v1/audit/verify")).containsEntry("intact", true);
    }

    @Test
    void givenADisputeResolvedForTheBuyer_whenRefunded_thenTheStkReceiptIsReversedAndNothingPaidByB2c()
            throws Exception {
        BigDecimal before = daraja.sandbox().utilityAccount();
        Funded funded = fundedContract(20_000);

        dispute(funded.contract);
        assertThat(Http.post(
                                base,
                                "/api/v1/contracts/" + funded.contract + "/dispute/resolve",
                                KEY,
                                "{\"resolution\": \"refund\"}")
                        .statusCode())
                .isEqualTo(200);
        awaitPayment(funded.transaction, "refunded");

        assertThat(status("/api/v1/contracts/" + funded.contract)).containsEntry("status", "cancelled");
        Map<String, Object> refund = onlyPayout(funded.transaction);
        assertThat(refund)
                .containsEntry("kind", "refund")
                .containsEntry("state", "confirmed")
                .containsEntry("recipient_phone", "+" + BUYER);
        assertThat(reversalsOf(funded.receipt))
                .as("the collection reversed, once")
                .singleElement()
                .satisfies(r -> assertThat(body(r)).containsEntry("Amount", 20_000));
        assertThat(b2cFor((String) refund.get("payout_id")))
                .as("no B2C fallback: the reversal went through")
                .isEmpty();
        assertThat(daraja.callbacks("/reversal/result")).isNotEmpty().allMatch(c -> c.status() == 200);
        assertThat(daraja.sandbox().utilityAccount()).isEqualByComparingTo(before);
        awaitSms("+" + BUYER, "VoicePact Payment Refunded:", funded.contract);
        assertThat(Http.post(
                                base,
                                "/api/v1/payments/refund",
                                KEY,
                                "{\"transaction_id\": \"%s\", \"reason\": \"again\"}".formatted(funded.transaction))
                        .statusCode())
                .as("refunded once")
                .isEqualTo(409);
        assertThat(status("/api/v1/audit/verify")).containsEntry("intact", true);
    }

    @Test
    void givenADisputeSplit_whenResolved_thenTheSellersShareGoesByB2cAndTheRestIsReversed() throws Exception {
        BigDecimal before = daraja.sandbox().utilityAccount();
        Funded funded = fundedContract(10_000);

        dispute(funded.contract);
        HttpResponse<String> resolved = Http.post(
                base,
                "/api/v1/contracts/" + funded.contract + "/dispute/resolve",
                KEY,
                "{\"resolution\": \"split\", \"seller_share\": 0.6}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        await(
                "both legs confirmed",
                () -> payouts(funded.transaction).size() == 2
                        && payouts(funded.transaction).stream().allMatch(p -> "confirmed".equals(p.get("state"))));

        Map<String, Object> toSeller = payouts(funded.transaction).stream()
                .filter(p -> "release".equals(p.get("kind")))
                .findFirst()
                .orElseThrow();
        assertThat(new BigDecimal(toSeller.get("amount").toString())).isEqualByComparingTo("6000");
        assertThat(b2cFor((String) toSeller.get("payout_id")))
                .singleElement()
                .satisfies(
                        r -> assertThat(body(r)).containsEntry("PartyB", SELLER).containsEntry("Amount", 6_000));
        assertThat(reversalsOf(funded.receipt))
                .as("the buyer's share reversed from the STK receipt")
                .singleElement()
                .satisfies(r -> assertThat(body(r)).containsEntry("Amount", 4_000));
        assertThat(daraja.sandbox().utilityAccount()).isEqualByComparingTo(before);
        awaitSms("+" + SELLER, "VoicePact Payment Released:", funded.contract);
        awaitSms("+" + BUYER, "VoicePact Payment Refunded:", funded.contract);
        assertThat(status("/api/v1/audit/verify")).containsEntry("intact", true);
    }

    @Test
    void givenKes605SplitAtHalf_thenTheSellerGets302ByB2cAndTheBuyer303ByReversal_neverHalfShillings()
            throws Exception {
        BigDecimal before = daraja.sandbox().utilityAccount();
        Funded funded = fundedContract(605);

        dispute(funded.contract);
        HttpResponse<String> resolved = Http.post(
                base,
                "/api/v1/contracts/" + funded.contract + "/dispute/resolve",
                KEY,
                "{\"resolution\": \"split\", \"seller_share\": 0.5}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        await(
                "both legs confirmed",
                () -> payouts(funded.transaction).size() == 2
                        && payouts(funded.transaction).stream().allMatch(p -> "confirmed".equals(p.get("state"))));

        Map<String, Object> toSeller = payouts(funded.transaction).stream()
                .filter(p -> "release".equals(p.get("kind")))
                .findFirst()
                .orElseThrow();
        assertThat(b2cFor((String) toSeller.get("payout_id")))
                .singleElement()
                .satisfies(
                        r -> assertThat(body(r)).containsEntry("PartyB", SELLER).containsEntry("Amount", 302));
        assertThat(reversalsOf(funded.receipt))
                .singleElement()
                .satisfies(r -> assertThat(body(r)).containsEntry("Amount", 303));
        assertThat(daraja.sandbox().utilityAccount()).isEqualByComparingTo(before);
    }

    @Test
    void givenKes1001_whenASplitLeavesTheSellerKes5_thenRefused409NamingWhatWorks_andTheDisputeStaysOpenForAPayableOne()
            throws Exception {
        Funded funded = fundedContract(1001);
        dispute(funded.contract);

        HttpResponse<String> refused = Http.post(
                base,
                "/api/v1/contracts/" + funded.contract + "/dispute/resolve",
                KEY,
                "{\"resolution\": \"split\", \"seller_share\": 0.005}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat((String) json(refused.body()).get("reason"))
                .isEqualTo("resolution split of " + funded.contract + " is not possible:"
                        + " the seller's share would be KES 5.00, below the smallest payout of KES 10.00: resolve as refund (seller gets"
                        + " nothing) or release (seller gets all), or a split with seller_share from 0.009991 to 0.990009 (each side at least"
                        + " KES 10.00)");
        assertThat(status("/api/v1/contracts/" + funded.contract)).containsEntry("status", "disputed");
        assertThat(payouts(funded.transaction)).as("nothing started").isEmpty();

        HttpResponse<String> payable = Http.post(
                base,
                "/api/v1/contracts/" + funded.contract + "/dispute/resolve",
                KEY,
                "{\"resolution\": \"split\", \"seller_share\": 0.01}");
        assertThat(payable.statusCode()).as(payable.body()).isEqualTo(200);
        await(
                "both legs confirmed",
                () -> payouts(funded.transaction).size() == 2
                        && payouts(funded.transaction).stream().allMatch(p -> "confirmed".equals(p.get("state"))));
        Map<String, Object> toSeller = payouts(funded.transaction).stream()
                .filter(p -> "release".equals(p.get("kind")))
                .findFirst()
                .orElseThrow();
        assertThat(b2cFor((String) toSeller.get("payout_id")))
                .singleElement()
                .satisfies(r -> assertThat(body(r)).containsEntry("Amount", 10));
    }

    @Test
    void
            givenTheOperator_whenAskingTheBalance_thenTheFirstAnswerSaysItWasAsked_andTheNextIsTheUtilityAccountDarajaReported()
                    throws Exception {
        HttpResponse<String> first = Http.get(base, "/api/v1/payments/balance", KEY);
        if (first.statusCode() == 503) { // Account Balance answers by callback: nothing known before its first Result
            assertThat(first.headers().firstValue("Retry-After")).isPresent();
            assertThat(json(first.body()).get("reason"))
                    .asString()
                    .contains("asked Daraja, its answer comes by callback");
        }
        await(
                "the Account Balance result",
                () -> !daraja.callbacks("/balance/result").isEmpty());
        BigDecimal utility = daraja.sandbox().utilityAccount();

        HttpResponse<String> answered = Http.get(base, "/api/v1/payments/balance", KEY);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(json(answered.body())).containsEntry("currency", "KES");
        assertThat(new BigDecimal(json(answered.body()).get("balance").toString()))
                .isEqualByComparingTo(utility);
    }

    @Test
    void
            givenTheLocalDaraja_whenTheOperatorMakesASandboxTestCheckout_thenItIsPushedAndItsPaidCallbackIsFlaggedAsNoPaymentOfOurs()
                    throws Exception {
        HttpResponse<String> test =
                Http.post(base, "/api/v1/payments/test/checkout?phone_number=254708374149&amount=10", KEY, null);
        assertThat(test.statusCode()).as(test.body()).isEqualTo(200);
        String checkoutRequestId = (String) json(test.body()).get("external_transaction_id");
        assertThat(checkoutRequestId).startsWith("ws_CO_");

        await(
                "its STK callback answered",
                () -> daraja.callbacks("/stk").stream()
                        .anyMatch(c -> c.body().contains(checkoutRequestId) && c.status() == 200));
        await(
                "flagged for the operator",
                () -> Http.get(base, "/api/v1/payments/events/flagged", KEY)
                        .body()
                        .contains(checkoutRequestId));
    }

    /** A contract, its payment and the collection's M-Pesa receipt (from the STK callback). */
    private record Funded(String contract, String transaction, String receipt) {}

    /** A confirmed contract of {@code kes}, funded by one STK push the buyer approves with the PIN on the phone simulator. */
    private Funded fundedContract(int kes) throws Exception {
        HttpResponse<String> created = Http.post(base, "/api/v1/contracts/create", KEY, """
                {"parties": [{"phone": "0712345678", "role": "buyer"}, {"phone": "0722000111", "role": "seller"}],
                 "terms": {"product": "Maize", "quantity": 10, "unit": "bags", "unit_price": %s, "currency": "KES"}}""".formatted(
                        BigDecimal.valueOf(kes).movePointLeft(1).toPlainString()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String contract = (String) json(created.body()).get("contract_id");
        Http.post(base, "/api/v1/contracts/" + contract + "/confirm?phone_number=0712345678", KEY, null);
        Http.post(base, "/api/v1/contracts/" + contract + "/confirm?phone_number=0722000111", KEY, null);
        HttpResponse<String> checkout = Http.post(
                base,
                "/api/v1/payments/checkout",
                KEY,
                "{\"contract_id\": \"%s\", \"phone_number\": \"0712345678\", \"amount\": %d}".formatted(contract, kes));
        assertThat(checkout.statusCode()).as(checkout.body()).isEqualTo(201);
        String transaction = (String) json(checkout.body()).get("transaction_id");
        String checkoutRequestId = (String) json(checkout.body()).get("external_transaction_id");

        daraja.answer(BUYER, checkoutRequestId, "pin");
        awaitPayment(transaction, "locked");
        assertThat(status("/api/v1/contracts/" + contract)).containsEntry("status", "active");
        assertThat(daraja.calls(DarajaPhone.STK_QUERY))
                .as("the STK callback confirmed by an STK query")
                .anyMatch(r -> r.body().contains(checkoutRequestId));
        return new Funded(contract, transaction, receiptOf(checkoutRequestId));
    }

    private void dispute(String contract) {
        HttpResponse<String> disputed = Http.post(
                base,
                "/api/v1/contracts/" + contract + "/dispute",
                KEY,
                "{\"phone_number\": \"0712345678\", \"reason\": \"wet maize\"}");
        assertThat(disputed.statusCode()).as(disputed.body()).isEqualTo(200);
    }

    /** The {@code MpesaReceiptNumber} of the paid STK callback the sandbox posted for {@code checkoutRequestId}. */
    @SuppressWarnings("unchecked")
    private String receiptOf(String checkoutRequestId) throws IOException {
        String callback = daraja.callbacks("/stk").stream()
                .filter(c -> c.body().contains(checkoutRequestId))
                .findFirst()
                .orElseThrow()
                .body();
        Map<String, Object> stk =
                (Map<String, Object>) ((Map<String, Object>) json(callback).get("Body")).get("stkCallback");
        List<Map<String, Object>> items =
                (List<Map<String, Object>>) ((Map<String, Object>) stk.get("CallbackMetadata")).get("Item");
        return (String) items.stream()
                .filter(i -> "MpesaReceiptNumber".equals(i.get("Name")))
                .findFirst()
                .orElseThrow()
                .get("Value");
    }

    private List<RecordedRequest> b2cFor(String payoutId) {
        return daraja.calls(DarajaPhone.B2C).stream()
                .filter(r -> r.body().contains("\"" + payoutId))
                .toList();
    }

    private List<RecordedRequest> reversalsOf(String receipt) {
        return daraja.calls(DarajaPhone.REVERSAL).stream()
                .filter(r -> r.body().contains("\"" + receipt + "\""))
                .toList();
    }

    private Map<String, Object> body(RecordedRequest request) {
        return quietly(() -> json(request.body()));
    }

    private Map<String, Object> onlyPayout(String transaction) {
        List<Map<String, Object>> payouts = payouts(transaction);
        assertThat(payouts).hasSize(1);
        return payouts.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> payouts(String transaction) {
        return (List<Map<String, Object>>)
                quietly(() -> status("/api/v1/payments/status/" + transaction)).get("payouts");
    }

    private void awaitPayment(String transaction, String expected) throws InterruptedException {
        await(
                "payment " + transaction + " " + expected,
                () -> expected.equals(quietly(
                        () -> status("/api/v1/payments/status/" + transaction).get("status"))));
    }

    private void awaitSms(String phone, String prefix, String contract) throws InterruptedException {
        await(
                prefix + " to " + phone,
                () -> at.inbox(phone).stream()
                        .anyMatch(m -> m.text().startsWith(prefix) && m.text().contains(contract)));
    }

    private Map<String, Object> status(String path) throws IOException {
        return json(Http.get(base, path, KEY).body());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(String body) throws IOException {
        return service.getBean(JsonMapper.class).readValue(body, Map.class);
    }
}
