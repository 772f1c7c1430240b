package com.voicepact.bootstrap.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voicepact.adapter.out.africastalking.sandbox.AtSandbox;
import com.voicepact.adapter.out.africastalking.sandbox.SandboxSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, the crash suite: the real service in a child JVM is killed (SIGKILL, or a test hook's halt) at
 * the money steps of the escrow journey, restarted on the same data, and must lose no acknowledged
 * write, hand no payout or refund to the provider twice, pay no seller more than the contract total,
 * leave no movement in flight once its settle window passed, keep the ledger balanced and the audit
 * chain intact. The provider stand-in (the local AT sandbox, auto-approving checkouts) lives in the
 * test JVM, so what the provider did survives each kill; PostgreSQL too.
 *
 * <p>Six contracts of KES 500 between their own buyer and seller, ten lives:
 * <ol>
 *   <li>A..F created; killed right after the last 201.</li>
 *   <li>both parties confirm each; killed right after the last 200.</li>
 *   <li>A..D and F checked out (the phone approves at once); killed right after the last 201.</li>
 *   <li>A, C, D delivered, B and F disputed by their buyers; E's checkout: the provider takes the money, its
 *       notification is lost for good, and the service is killed before it hears the answer.</li>
 *   <li>A accepted: the provider pays the seller, the service is killed before the answer (the
 *       notification is held and arrives in the next life).</li>
 *   <li>C accepted: the provider receives the payout request and the service dies before it is carried out.</li>
 *   <li>B's dispute resolved as a refund: the provider refunds the buyer, the service is killed before the answer.</li>
 *   <li>F's dispute resolved half-half: the first leg's request dies at the provider's door.</li>
 *   <li>(B's refund notification is lost) D accepted: the service halts as the payout notification
 *       arrives, before it is applied.</li>
 *   <li>the jobs settle everything; the checks run.</li>
 * </ol>
 */
class MoneyCrashSuiteTest {

    private static final String B2C = "/mobile/b2c/request";
    private static final String CHECKOUT = "/mobile/checkout/request";
    private static final BigDecimal TOTAL = new BigDecimal("500");
    private static final List<String> FUNDED = List.of("A", "B", "C", "D", "F");
    private static final List<String> CONTRACTS = List.of("A", "B", "C", "D", "E", "F");

    @TempDir
    Path dataDir;

    @Test
    void givenTheEmbeddedDefault_whenKilledAtEachMoneyStep_thenNothingAcknowledgedIsLostAndNothingIsPaidTwice() throws Exception {
        journey(AcknowledgedWritesSurviveAKillTest.embedded(), () -> h2(dataDir));
    }

    @Test
    void givenPostgres_whenKilledAtEachMoneyStep_thenNothingAcknowledgedIsLostAndNothingIsPaidTwice() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            journey(AcknowledgedWritesSurviveAKillTest.on(postgres, AcknowledgedWritesSurviveAKillTest.embedded()),
                    () -> connect(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"));
        }
    }

    private void journey(Map<String, String> database, Supplier<Connection> ledger) throws Exception {
        String atKey = "crash-suite-at-key";
        try (AtSandbox provider = AtSandbox.start(SandboxSettings.forTests(atKey).withAutoApprove(true))) {
            Map<String, String> env = new HashMap<>(database);
            env.putAll(Map.of("AT_API_KEY", atKey, "AT_USERNAME", "sandbox", "AT_BASE_URL", provider.url().toString(),
                    "AT_VOICE_NUMBER", "+254711082000", "VOICEPACT_PAYOUT_SETTLE_WINDOW", "PT2S",
                    "VOICEPACT_CHECKOUT_WINDOW", "PT3S"));
            env.remove("VOICEPACT_SANDBOX_PORT");
            try (ChildService service = new ChildService(dataDir, env)) {
                provider.pointCallbacksAt(service.base().toString());
                Journey journey = new Journey(service, provider, new Api(service.base(), AcknowledgedWritesSurviveAKillTest.KEY));
                journey.run();
                journey.settleAndCheck(ledger);
            }
        }
    }

    /** The journey's state: the contracts by letter, what was acknowledged, and the soft checks. */
    private static final class Journey {
        private final ChildService service;
        private final AtSandbox provider;
        private final Api api;
        private final Map<String, String> ids = new LinkedHashMap<>();
        private final SoftAssertions checks = new SoftAssertions();

        Journey(ChildService service, AtSandbox provider, Api api) {
            this.service = service;
            this.provider = provider;
            this.api = api;
        }

        private static String buyer(String letter) {
            return "+25471234500" + (letter.charAt(0) - 'A');
        }

        private static String seller(String letter) {
            return "+25472200010" + (letter.charAt(0) - 'A');
        }

        void run() {
            createdThenKilled();
            confirmedThenKilled();
            checkedOutThenKilled();
            deliveredDisputedAndCheckoutAnswerLost();
            acceptedAndPayoutAnswerLost();
            acceptedAndPayoutRequestDropped();
            refundedAndRefundAnswerLost();
            splitAndFirstLegDropped();
            acceptedAndHaltedInThePayoutNotification();
            life(); // 10: the jobs settle what is in flight
        }

        /** Life 1: A..F created; killed right after the last 201. */
        private void createdThenKilled() {
            life();
            for (String letter : CONTRACTS) {
                ids.put(letter, acknowledged("create " + letter, api.post("/api/v1/contracts/create", """
                        {"parties": [{"phone": "%s", "role": "buyer"}, {"phone": "%s", "role": "seller"}],
                         "terms": {"product": "Beans", "total_amount": 500, "currency": "KES"}}""".formatted(buyer(letter), seller(letter))),
                        201).text("contract_id"));
            }
            service.kill();
        }

        /** Life 2: both parties confirm each; killed right after the last 200. */
        private void confirmedThenKilled() {
            life();
            ids.forEach((letter, id) -> checks.assertThat(contract(letter).text("status")).as("contract %s created (201) before the kill", letter)
                    .isEqualTo("pending"));
            for (String letter : CONTRACTS) {
                for (String phone : List.of(buyer(letter), seller(letter))) {
                    acknowledged("confirm " + letter, api.post(path(letter, "/confirm"), phone(phone)), 200);
                }
            }
            service.kill();
        }

        /** Life 3: A..D and F checked out (the phone approves at once); killed right after the last 201. */
        private void checkedOutThenKilled() {
            life();
            ids.forEach((letter, id) -> checks.assertThat(contract(letter).text("status")).as("contract %s confirmed (200) before the kill", letter)
                    .isEqualTo("confirmed"));
            for (String letter : FUNDED) {
                acknowledged("checkout " + letter, api.post("/api/v1/payments/checkout", checkout(letter)), 201);
            }
            service.kill();
        }

        /** Life 4: A, C, D delivered, B and F disputed; E's checkout carried out by the provider, its notification and answer lost. */
        private void deliveredDisputedAndCheckoutAnswerLost() {
            life();
            for (String letter : FUNDED) {
                checks.assertThat(paymentStatuses(letter)).as("%s's checkout (201, its notification applied) after the kill", letter)
                        .containsExactly("locked");
            }
            for (String letter : List.of("A", "C", "D")) {
                acknowledged("delivered " + letter, api.post(path(letter, "/delivery"), phone(seller(letter))), 200);
            }
            acknowledged("dispute B", api.post(path("B", "/dispute"), """
                    {"phone_number": "%s", "reason": "the beans never came"}""".formatted(buyer("B"))), 200);
            acknowledged("dispute F", api.post(path("F", "/dispute"), """
                    {"phone_number": "%s", "reason": "half of the beans were wet"}""".formatted(buyer("F"))), 200);
            provider.faults().holdCallbacks(true).beforeAnswering(CHECKOUT, service::kill);
            checks.assertThat(api.post("/api/v1/payments/checkout", checkout("E"))).as("E's checkout is answered by nobody").isEmpty();
            awaitDeath("E's checkout reached the provider");
            provider.dropHeldCallbacks();
            provider.faults().holdCallbacks(false);
        }

        /** Life 5: A accepted; the provider pays the seller, the answer is lost, the notification held until the next life. */
        private void acceptedAndPayoutAnswerLost() {
            life();
            checks.assertThat(contract("B").text("status")).as("B's dispute (200) after the kill").isEqualTo("disputed");
            provider.faults().holdCallbacks(true).beforeAnswering(B2C, service::kill);
            answeredUnlessKilled("accept A", api.post(path("A", "/delivery/accept"), phone(buyer("A"))), 200);
            awaitDeath("A's payout reached the provider");
            provider.faults().holdCallbacks(false);
        }

        /** Life 6: A's notification arrives late; C accepted, its payout request dies at the provider's door. */
        private void acceptedAndPayoutRequestDropped() {
            life();
            provider.releaseCallbacksInReverse();
            checks.assertThat(paymentStatuses("A")).as("A's acceptance (200) after the kill").doesNotContain("locked");
            awaitSettled("A");
            provider.faults().dropOnReceiving(B2C, service::kill);
            answeredUnlessKilled("accept C", api.post(path("C", "/delivery/accept"), phone(buyer("C"))), 200);
            awaitDeath("C's payout reached the provider");
        }

        /** Life 7: B's dispute resolved as a refund; the provider refunds the buyer, the answer and the notification are lost. */
        private void refundedAndRefundAnswerLost() {
            life();
            checks.assertThat(paymentStatuses("C")).as("C's acceptance (200) after the kill").doesNotContain("locked");
            awaitSettled("C");
            provider.faults().holdCallbacks(true).beforeAnswering(B2C, service::kill);
            answeredUnlessKilled("resolve B as refund", api.post(path("B", "/dispute/resolve"), "{\"resolution\": \"refund\"}"), 200);
            awaitDeath("B's refund reached the provider");
            provider.dropHeldCallbacks();
            provider.faults().holdCallbacks(false);
        }

        /** Life 8: F's dispute resolved as a half-half split; the first leg's request dies at the provider's door. */
        private void splitAndFirstLegDropped() {
            life();
            checks.assertThat(paymentStatuses("B")).as("B's refund (200) after the kill").doesNotContain("locked");
            awaitSettled("B");
            provider.faults().dropOnReceiving(B2C, service::kill);
            answeredUnlessKilled("resolve F as a split", api.post(path("F", "/dispute/resolve"),
                    "{\"resolution\": \"split\", \"seller_share\": 0.5}"), 200);
            awaitDeath("F's first leg reached the provider");
        }

        /** Life 9: D accepted; the service halts as D's payout notification arrives, before it is applied. */
        private void acceptedAndHaltedInThePayoutNotification() {
            life("voicepact.test.halt-at-payout-notification-to", seller("D"));
            checks.assertThat(paymentStatuses("F")).as("F's split (200) after the kill").doesNotContain("locked");
            awaitSettled("F");
            answeredUnlessKilled("accept D", api.post(path("D", "/delivery/accept"), phone(buyer("D"))), 200);
            awaitDeath("D's payout notification arrived");
        }

        /** Starts the next life, its clock two minutes later per life (the killed life's leases have run out). */
        private void life(String... properties) {
            Map<String, String> props = new HashMap<>(Map.of("voicepact.dispatch-interval", "200ms",
                    "voicepact.dispatch-initial-delay", "100ms", "voicepact.payment-jobs-interval", "500ms",
                    "voicepact.payment-jobs-initial-delay", "300ms", "voicepact.test.clock-offset", "PT" + 2 * service.lives() + "M"));
            for (int i = 0; i + 1 < properties.length; i += 2) {
                props.put(properties[i], properties[i + 1]);
            }
            service.start(props);
        }

        /** The kill point was reached (else the journey goes on after a plain kill, and the final checks say what happened). */
        private void awaitDeath(String what) {
            if (!service.awaitDeath()) {
                checks.fail("the service was to be killed when " + what + ", and was not; its log: " + service.log());
                service.kill();
            }
        }

        private Api.Answer acknowledged(String what, Optional<Api.Answer> answer, int status) {
            assertThat(answer).as(what + " answered").isPresent();
            assertThat(answer.get().status()).as(what + ": " + answer.get().body()).isEqualTo(status);
            return answer.get();
        }

        /**
         * A change whose payout the dispatcher hands to the provider within milliseconds of its commit: the kill
         * that the provider's hook triggers may come before the answer is read. No answer is then fine (the
         * hook fired, so the change was committed); an answer must be the success.
         */
        private void answeredUnlessKilled(String what, Optional<Api.Answer> answer, int status) {
            answer.ifPresent(a -> assertThat(a.status()).as(what + ": " + a.body()).isEqualTo(status));
        }

        private String path(String letter, String action) {
            return "/api/v1/contracts/" + ids.get(letter) + action;
        }

        private static String phone(String phone) {
            return "{\"phone_number\": \"" + phone + "\"}";
        }

        private String checkout(String letter) {
            return "{\"contract_id\": \"%s\", \"phone_number\": \"%s\", \"amount\": 500}".formatted(ids.get(letter), buyer(letter));
        }

        private Api.Answer contract(String letter) {
            return api.get("/api/v1/contracts/" + ids.get(letter));
        }

        private JsonNode payments(String letter) {
            return api.get("/api/v1/payments/contract/" + ids.get(letter)).body().path("payments");
        }

        private List<String> paymentStatuses(String letter) {
            return stream(payments(letter)).map(p -> p.path("status").asText()).toList();
        }

        private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
            return java.util.stream.StreamSupport.stream(array.spliterator(), false);
        }

        private boolean inFlight(String letter) {
            return stream(payments(letter)).anyMatch(p -> List.of("pending", "releasing", "refunding").contains(p.path("status").asText())
                    || stream(p.path("payouts")).anyMatch(o -> !List.of("confirmed", "failed").contains(o.path("state").asText())));
        }

        /** Waits (at most 20 s: the settle windows are 2 and 3 s, the jobs run every 0.2 and 0.5 s) until nothing of it is in flight. */
        private void awaitSettled(String letter) {
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (inFlight(letter) && System.nanoTime() < deadline) {
                AcknowledgedWritesSurviveAKillTest.sleep(200);
            }
        }

        void settleAndCheck(Supplier<Connection> ledger) throws SQLException {
            CONTRACTS.forEach(this::awaitSettled);
            List<JsonNode> b2c = providerTransactions("MobileB2C");
            Map<String, Long> perPayout = new HashMap<>();
            b2c.forEach(t -> perPayout.merge(t.path("requestMetadata").path("payout_id").asText(), 1L, Long::sum));
            checks.assertThat(perPayout).as("B2C transactions at the provider per payout id").allSatisfy((payout, count) ->
                    assertThat(count).as(payout).isEqualTo(1L));
            for (String letter : CONTRACTS) {
                checks.assertThat(inFlight(letter)).as("%s has a payment or payout in flight after the settle window: %s", letter,
                        payments(letter)).isFalse();
                BigDecimal toSeller = paidTo(b2c, seller(letter));
                checks.assertThat(toSeller).as("paid to %s's seller", letter).isLessThanOrEqualTo(TOTAL);
                if (List.of("A", "C", "D").contains(letter)) {
                    checks.assertThat(toSeller).as("%s's seller paid once the delivery was accepted", letter).isEqualByComparingTo(TOTAL);
                }
            }
            checks.assertThat(paidTo(b2c, buyer("B"))).as("B's buyer refunded").isEqualByComparingTo(TOTAL);
            checks.assertThat(paidTo(b2c, seller("F"))).as("F's seller's half").isEqualByComparingTo("250");
            checks.assertThat(paidTo(b2c, buyer("F"))).as("F's buyer's half").isEqualByComparingTo("250");
            boolean eCharged = providerTransactions("MobileCheckout").stream().anyMatch(t -> "Success".equals(t.path("status").asText())
                    && buyer("E").equals(t.path("source").asText()));
            checks.assertThat(eCharged).as("the provider took E's money (checkout answer lost in the kill)").isTrue();
            checks.assertThat(paymentStatuses("E")).as("E's payment, whose money the provider took: found by asking the provider, "
                    + "not expired (the buyer would pay twice)").containsExactly("locked");
            checks.assertThat(api.get("/api/v1/audit/verify").body().path("intact").asBoolean()).as("audit chain intact").isTrue();
            service.stop();
            try (Connection connection = ledger.get()) {
                checkLedger(connection);
            }
            checks.assertAll();
        }

        private void checkLedger(Connection connection) throws SQLException {
            try (ResultSet sides = connection.createStatement().executeQuery(
                    "SELECT side, SUM(amount) FROM ledger_lines GROUP BY side ORDER BY side")) {
                Map<String, BigDecimal> sums = new HashMap<>();
                while (sides.next()) {
                    sums.put(sides.getString(1), sides.getBigDecimal(2));
                }
                checks.assertThat(sums.get("DEBIT")).as("ledger debits equal credits: %s", sums).isNotNull()
                        .isEqualByComparingTo(sums.getOrDefault("CREDIT", BigDecimal.ZERO));
            }
            try (ResultSet escrow = connection.createStatement().executeQuery("SELECT account_contract, SUM(CASE side WHEN 'CREDIT' "
                    + "THEN amount ELSE -amount END) FROM ledger_lines WHERE account_type = 'ESCROW' GROUP BY account_contract")) {
                while (escrow.next()) {
                    checks.assertThat(escrow.getBigDecimal(2)).as("escrow of %s", escrow.getString(1)).isNotNegative();
                }
            }
        }

        private BigDecimal paidTo(List<JsonNode> b2c, String phone) {
            return b2c.stream().filter(t -> "Success".equals(t.path("status").asText()) && phone.equals(t.path("clientAccount").asText()))
                    .map(t -> new BigDecimal(t.path("value").asText().split(" ")[1])).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** What the provider did, asked over its own API (AT's transaction fetch). */
        private List<JsonNode> providerTransactions(String category) {
            java.net.URI fetch = provider.url().resolve("/query/transaction/fetch?username=sandbox&productName=VoicePact&category=" + category);
            try {
                var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(fetch)
                        .header("apiKey", provider.settings().apiKey()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                return stream(new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("responses")).toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Connection h2(Path dataDir) {
        return connect("jdbc:h2:file:" + dataDir.resolve("voicepact") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
    }

    private static Connection connect(String url, String user, String password) {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("the ledger cannot be read: " + e.getMessage(), e);
        }
    }
}
