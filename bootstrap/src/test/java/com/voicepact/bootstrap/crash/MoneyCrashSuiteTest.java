package com.voicepact.bootstrap.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.africastalking.SandboxSettings;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
 *
 * <p>Nothing here depends on timing: each kill is armed on exactly one movement (the provider's hook matches
 * the request's phone and amount, never "the next B2C"), each wait is for a condition with a deadline far
 * beyond what a loaded machine needs, and a wait that runs out fails at once, saying what it waited for,
 * what it saw and the child's log, instead of letting the journey go on from a state it did not intend.
 */
class MoneyCrashSuiteTest {

    private static final String B2C = "/mobile/b2c/request";
    private static final String CHECKOUT = "/mobile/checkout/request";
    private static final BigDecimal TOTAL = new BigDecimal("500");
    private static final List<String> FUNDED = List.of("A", "B", "C", "D", "F");
    private static final List<String> CONTRACTS = List.of("A", "B", "C", "D", "E", "F");
    /** Deadlines of the waits: the jobs settle in well under a second and a life dies in milliseconds when idle. */
    private static final long SETTLE_SECONDS = 120;

    private static final long DEATH_SECONDS = 90;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void givenTheEmbeddedDefault_whenKilledAtEachMoneyStep_thenNothingAcknowledgedIsLostAndNothingIsPaidTwice()
            throws Exception {
        journey(AcknowledgedWritesSurviveAKillTest.embedded(), () -> h2(dataDir));
    }

    @Test
    void givenPostgres_whenKilledAtEachMoneyStep_thenNothingAcknowledgedIsLostAndNothingIsPaidTwice() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            journey(
                    AcknowledgedWritesSurviveAKillTest.on(postgres, AcknowledgedWritesSurviveAKillTest.embedded()),
                    () -> connect(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"));
        }
    }

    private void journey(Map<String, String> database, Supplier<Connection> ledger) throws Exception {
        String atKey = "crash-suite-at-key";
        try (AtSandbox provider =
                AtSandbox.start(SandboxSettings.forTests(atKey).withAutoApprove(true))) {
            Map<String, String> env = new HashMap<>(database);
            env.putAll(Map.of(
                    "AT_API_KEY",
                    atKey,
                    "AT_USERNAME",
                    "sandbox",
                    "AT_BASE_URL",
                    provider.url().toString(),
                    "AT_VOICE_NUMBER",
                    "+254711082000",
                    "VOICEPACT_PAYOUT_SETTLE_WINDOW",
                    "PT2S",
                    "VOICEPACT_CHECKOUT_WINDOW",
                    "PT3S",
                    "PAYMENT_PROVIDER",
                    "africastalking"));
            env.remove("VOICEPACT_SANDBOX_PORT");
            try (ChildService service = new ChildService(dataDir, env)) {
                provider.pointCallbacksAt(service.base().toString());
                Journey journey =
                        new Journey(service, provider, new Api(service.base(), AcknowledgedWritesSurviveAKillTest.KEY));
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
                ids.put(
                        letter,
                        acknowledged(
                                        "create " + letter,
                                        api.post("/api/v1/contracts/create", """
                        {"parties": [{"phone": "%s", "role": "buyer"}, {"phone": "%s", "role": "seller"}],
                         "terms": {"product": "Beans", "total_amount": 500, "currency": "KES"}}""".formatted(
                                                        buyer(letter), seller(letter))),
                                        201)
                                .text("contract_id"));
            }
            service.kill();
        }

        /** Life 2: both parties confirm each; killed right after the last 200. */
        private void confirmedThenKilled() {
            life();
            ids.forEach((letter, id) -> checks.assertThat(contract(letter).text("status"))
                    .as("contract %s created (201) before the kill", letter)
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
            ids.forEach((letter, id) -> checks.assertThat(contract(letter).text("status"))
                    .as("contract %s confirmed (200) before the kill", letter)
                    .isEqualTo("confirmed"));
            for (String letter : FUNDED) {
                acknowledged("checkout " + letter, api.post("/api/v1/payments/checkout", checkout(letter)), 201);
            }
            service.kill();
        }

        /**
         * The buyers whose checkout notification the service answered 200 (the sandbox posts it before it answers
         * the checkout). One it did not acknowledge (a callback timed out on a loaded machine) is not lost: the
         * stale-checkout job finds the money by asking the provider.
         */
        private List<String> acknowledgedCheckoutNotifications() {
            List<String> bodies = provider.deliveredCallbackBodies();
            List<Integer> statuses = provider.deliveredCallbackStatuses();
            List<String> payers = new java.util.ArrayList<>();
            for (int i = 0; i < Math.min(bodies.size(), statuses.size()); i++) {
                JsonNode body = parse(bodies.get(i));
                if (statuses.get(i) == 200
                        && "MobileCheckout".equals(body.path("category").asText())) {
                    payers.add(body.path("source").asText());
                }
            }
            return payers;
        }

        /** Life 4: A, C, D delivered, B and F disputed; E's checkout carried out by the provider, its notification and answer lost. */
        private void deliveredDisputedAndCheckoutAnswerLost() {
            List<String> notified = acknowledgedCheckoutNotifications();
            life();
            for (String letter : FUNDED) {
                if (notified.contains(buyer(letter))) {
                    checks.assertThat(paymentStatuses(letter))
                            .as("%s's checkout (201, its notification answered 200) after the kill", letter)
                            .containsExactly("locked");
                } else {
                    await(
                            letter + "'s checkout (201, its notification unanswered) locked by asking the provider",
                            () -> paymentStatuses(letter).equals(List.of("locked")),
                            () -> payments(letter).toString());
                }
            }
            for (String letter : List.of("A", "C", "D")) {
                acknowledged("delivered " + letter, api.post(path(letter, "/delivery"), phone(seller(letter))), 200);
            }
            acknowledged("dispute B", api.post(path("B", "/dispute"), """
                    {"phone_number": "%s", "reason": "the beans never came"}""".formatted(buyer("B"))), 200);
            acknowledged("dispute F", api.post(path("F", "/dispute"), """
                    {"phone_number": "%s", "reason": "half of the beans were wet"}""".formatted(buyer("F"))), 200);
            KillPoint kill = new KillPoint("E's checkout was carried out by the provider", checkoutFrom(buyer("E")));
            provider.faults().holdCallbacks(true).beforeAnswering(CHECKOUT, kill, kill);
            checks.assertThat(api.post("/api/v1/payments/checkout", checkout("E")))
                    .as("E's checkout is answered by nobody")
                    .isEmpty();
            kill.await();
            provider.dropHeldCallbacks();
            provider.faults().holdCallbacks(false);
        }

        /** Life 5: A accepted; the provider pays the seller, the answer is lost, the notification held until the next life. */
        private void acceptedAndPayoutAnswerLost() {
            life();
            checks.assertThat(contract("B").text("status"))
                    .as("B's dispute (200) after the kill")
                    .isEqualTo("disputed");
            KillPoint kill =
                    new KillPoint("A's payout was carried out by the provider", payoutTo(List.of(seller("A")), TOTAL));
            provider.faults().holdCallbacks(true).beforeAnswering(B2C, kill, kill);
            answeredUnlessKilled("accept A", api.post(path("A", "/delivery/accept"), phone(buyer("A"))), 200, kill);
            kill.await();
            provider.faults().holdCallbacks(false);
        }

        /** Life 6: A's notification arrives late; C accepted, its payout request dies at the provider's door. */
        private void acceptedAndPayoutRequestDropped() {
            life();
            provider.releaseCallbacksInReverse();
            checks.assertThat(paymentStatuses("A"))
                    .as("A's acceptance (200) after the kill")
                    .doesNotContain("locked");
            awaitSettled("A");
            KillPoint kill =
                    new KillPoint("C's payout reached the provider's door", payoutTo(List.of(seller("C")), TOTAL));
            provider.faults().dropOnReceiving(B2C, kill, kill);
            answeredUnlessKilled("accept C", api.post(path("C", "/delivery/accept"), phone(buyer("C"))), 200, kill);
            kill.await();
        }

        /** Life 7: B's dispute resolved as a refund; the provider refunds the buyer, the answer and the notification are lost. */
        private void refundedAndRefundAnswerLost() {
            life();
            checks.assertThat(paymentStatuses("C"))
                    .as("C's acceptance (200) after the kill")
                    .doesNotContain("locked");
            awaitSettled("C");
            KillPoint kill =
                    new KillPoint("B's refund was carried out by the provider", payoutTo(List.of(buyer("B")), TOTAL));
            provider.faults().holdCallbacks(true).beforeAnswering(B2C, kill, kill);
            answeredUnlessKilled(
                    "resolve B as refund",
                    api.post(path("B", "/dispute/resolve"), "{\"resolution\": \"refund\"}"),
                    200,
                    kill);
            kill.await();
            provider.dropHeldCallbacks();
            provider.faults().holdCallbacks(false);
        }

        /** Life 8: F's dispute resolved as a half-half split; the first leg's request dies at the provider's door. */
        private void splitAndFirstLegDropped() {
            life();
            checks.assertThat(paymentStatuses("B"))
                    .as("B's refund (200) after the kill")
                    .doesNotContain("locked");
            awaitSettled("B");
            KillPoint kill = new KillPoint(
                    "the first leg of F's split reached the provider's door",
                    payoutTo(List.of(seller("F"), buyer("F")), new BigDecimal("250")));
            provider.faults().dropOnReceiving(B2C, kill, kill);
            answeredUnlessKilled(
                    "resolve F as a split",
                    api.post(path("F", "/dispute/resolve"), "{\"resolution\": \"split\", \"seller_share\": 0.5}"),
                    200,
                    kill);
            kill.await();
        }

        /** Life 9: D accepted; the service halts as D's payout notification arrives, before it is applied. */
        private void acceptedAndHaltedInThePayoutNotification() {
            life("voicepact.test.halt-at-payout-notification-to", seller("D"));
            checks.assertThat(paymentStatuses("F"))
                    .as("F's split (200) after the kill")
                    .doesNotContain("locked");
            awaitSettled("F");
            Optional<Api.Answer> accepted = api.post(path("D", "/delivery/accept"), phone(buyer("D")));
            accepted.ifPresent(
                    a -> assertThat(a.status()).as("accept D: " + a.body()).isEqualTo(200));
            awaitHalt(HaltAtPayoutNotification.SIGNAL + seller("D"));
        }

        /** Starts the next life, its clock two minutes later per life (the killed life's leases have run out). */
        private void life(String... properties) {
            Map<String, String> props = new HashMap<>(Map.of(
                    "voicepact.dispatch-interval",
                    "200ms",
                    "voicepact.dispatch-initial-delay",
                    "100ms",
                    "voicepact.payment-jobs-interval",
                    "500ms",
                    "voicepact.payment-jobs-initial-delay",
                    "300ms",
                    "voicepact.test.clock-offset",
                    "PT" + 2 * service.lives() + "M"));
            for (int i = 0; i + 1 < properties.length; i += 2) {
                props.put(properties[i], properties[i + 1]);
            }
            service.start(props);
        }

        /** The test-only halt inside the child (a notification's unit of work) was reached, and announced {@code signal} first. */
        private void awaitHalt(String signal) {
            if (!service.awaitDeath(DEATH_SECONDS)) {
                throw failure("the service was to halt (" + signal + ") and still ran after " + DEATH_SECONDS + " s");
            }
            if (!service.log().contains(signal)) {
                throw failure("the service died without the intended halt (" + signal + ")");
            }
        }

        /** Waits until {@code condition} holds; fails at once (what it waited for, what it last saw, the child's log) after the deadline. */
        private void await(String what, BooleanSupplier condition, Supplier<String> seen) {
            long start = System.nanoTime();
            long deadline = start + java.util.concurrent.TimeUnit.SECONDS.toNanos(SETTLE_SECONDS);
            while (!condition.getAsBoolean()) {
                if (!service.isAlive()) {
                    throw failure("the service died while the test waited until " + what + "; it saw: " + seen.get());
                }
                if (System.nanoTime() > deadline) {
                    throw failure("waited " + SETTLE_SECONDS + " s until " + what + ", in vain; it saw: " + seen.get());
                }
                AcknowledgedWritesSurviveAKillTest.sleep(200);
            }
            System.out.printf(
                    "crash suite: life %d, %s after %d ms%n",
                    service.lives(), what, (System.nanoTime() - start) / 1_000_000);
        }

        /** A failure that stops the journey (it would go on from a state it did not intend), with what the soft checks found so far. */
        private AssertionError failure(String message) {
            String earlier =
                    checks.errorsCollected().stream().map(Throwable::getMessage).collect(Collectors.joining("\n"));
            return new AssertionError(message + (earlier.isEmpty() ? "" : "\nchecks that failed before it:\n" + earlier)
                    + "\nthe log of life " + service.lives() + " (tail):\n" + service.log());
        }

        /**
         * A kill armed on the provider's side on one movement only, the request whose JSON {@code target} accepts: a
         * B2C or a checkout to another phone or of another amount passes (the movement settling from the previous
         * life, say) and is kept to be reported. Kills the service when the provider's hook runs it.
         */
        private final class KillPoint implements Predicate<String>, Runnable {
            private final String what;
            private final Predicate<JsonNode> target;
            private final List<String> passed = new CopyOnWriteArrayList<>();
            private volatile String hit;

            KillPoint(String what, Predicate<JsonNode> target) {
                this.what = what;
                this.target = target;
            }

            @Override
            public boolean test(String body) {
                JsonNode request = parse(body);
                if (target.test(request)) {
                    hit = movement(request);
                    return true;
                }
                passed.add(movement(request));
                return false;
            }

            @Override
            public void run() {
                service.kill();
            }

            boolean fired() {
                return hit != null;
            }

            /** The kill point was reached on its movement; fails when the service still runs after the deadline. */
            void await() {
                if (!service.awaitDeath(DEATH_SECONDS)) {
                    throw failure("the service was to be killed when " + what + ", and still ran after " + DEATH_SECONDS
                            + " s; requests that passed the kill point: " + passed);
                }
                if (!fired()) {
                    throw failure("the service died before " + what + " (the kill point was not reached)");
                }
                if (!passed.isEmpty()) {
                    System.out.println("crash suite: armed for \"" + what + "\", killed at " + hit
                            + "; passed before it: " + passed);
                }
            }
        }

        private static JsonNode parse(String body) {
            try {
                return JSON.readTree(body);
            } catch (java.io.IOException notJson) {
                return JSON.createObjectNode();
            }
        }

        /** A request's movement in words: the recipients (B2C) or the payer (checkout), amounts and our payout ids. */
        private static String movement(JsonNode request) {
            if (request.has("recipients")) {
                return stream(request.path("recipients"))
                        .map(r -> "B2C " + r.path("amount").asText() + " to "
                                + r.path("phoneNumber").asText() + " (payout "
                                + r.path("metadata").path("payout_id").asText() + ")")
                        .collect(Collectors.joining(", "));
            }
            return "checkout " + request.path("amount").asText() + " from "
                    + request.path("phoneNumber").asText();
        }

        /** A B2C request to one of {@code phones} of exactly {@code amount}. */
        private static Predicate<JsonNode> payoutTo(List<String> phones, BigDecimal amount) {
            return request -> stream(request.path("recipients"))
                    .anyMatch(r -> phones.contains(r.path("phoneNumber").asText())
                            && r.path("amount").decimalValue().compareTo(amount) == 0);
        }

        /** A checkout (STK push) request to {@code phone}. */
        private static Predicate<JsonNode> checkoutFrom(String phone) {
            return request -> phone.equals(request.path("phoneNumber").asText());
        }

        private Api.Answer acknowledged(String what, Optional<Api.Answer> answer, int status) {
            assertThat(answer).as(what + " answered").isPresent();
            assertThat(answer.get().status())
                    .as(what + ": " + answer.get().body())
                    .isEqualTo(status);
            return answer.get();
        }

        /**
         * A change whose payout the dispatcher hands to the provider within milliseconds of its commit: the kill
         * that the provider's hook triggers may come before the answer is read. No answer is then fine only when
         * that kill point fired (it matches this change's own movement, so the change was committed); an
         * answer must be the success.
         */
        private void answeredUnlessKilled(String what, Optional<Api.Answer> answer, int status, KillPoint kill) {
            answer.ifPresent(
                    a -> assertThat(a.status()).as(what + ": " + a.body()).isEqualTo(status));
            if (answer.isEmpty() && !kill.fired()) {
                throw failure(what + " got no answer, and the kill point (" + kill.what
                        + ") had not fired: the service died otherwise");
            }
        }

        private String path(String letter, String action) {
            return "/api/v1/contracts/" + ids.get(letter) + action;
        }

        private static String phone(String phone) {
            return "{\"phone_number\": \"" + phone + "\"}";
        }

        private String checkout(String letter) {
            return "{\"contract_id\": \"%s\", \"phone_number\": \"%s\", \"amount\": 500}"
                    .formatted(ids.get(letter), buyer(letter));
        }

        private Api.Answer contract(String letter) {
            return api.get("/api/v1/contracts/" + ids.get(letter));
        }

        private JsonNode payments(String letter) {
            return api.get("/api/v1/payments/contract/" + ids.get(letter))
                    .body()
                    .path("payments");
        }

        private List<String> paymentStatuses(String letter) {
            return stream(payments(letter)).map(p -> p.path("status").asText()).toList();
        }

        private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
            return java.util.stream.StreamSupport.stream(array.spliterator(), false);
        }

        private boolean inFlight(String letter) {
            return stream(payments(letter))
                    .anyMatch(p -> List.of("pending", "releasing", "refunding")
                                    .contains(p.path("status").asText())
                            || stream(p.path("payouts"))
                                    .anyMatch(o -> !List.of("confirmed", "failed")
                                            .contains(o.path("state").asText())));
        }

        /**
         * Waits until nothing of it is in flight (the settle windows are 2 and 3 s, the jobs run every 0.2 and 0.5 s),
         * so that the next kill point meets a quiet provider; fails loudly after {@link #SETTLE_SECONDS}.
         */
        private void awaitSettled(String letter) {
            await(
                    "nothing of " + letter + " is in flight",
                    () -> !inFlight(letter),
                    () -> payments(letter).toString());
        }

        void settleAndCheck(Supplier<Connection> ledger) throws SQLException {
            CONTRACTS.forEach(this::awaitSettled);
            List<JsonNode> b2c = providerTransactions("MobileB2C");
            Map<String, Long> perPayout = new HashMap<>();
            b2c.forEach(t ->
                    perPayout.merge(t.path("requestMetadata").path("payout_id").asText(), 1L, Long::sum));
            checks.assertThat(perPayout)
                    .as("B2C transactions at the provider per payout id")
                    .allSatisfy((payout, count) -> assertThat(count).as(payout).isEqualTo(1L));
            for (String letter : CONTRACTS) {
                checks.assertThat(inFlight(letter))
                        .as(
                                "%s has a payment or payout in flight after the settle window: %s",
                                letter, payments(letter))
                        .isFalse();
                BigDecimal toSeller = paidTo(b2c, seller(letter));
                checks.assertThat(toSeller).as("paid to %s's seller", letter).isLessThanOrEqualTo(TOTAL);
                if (List.of("A", "C", "D").contains(letter)) {
                    checks.assertThat(toSeller)
                            .as("%s's seller paid once the delivery was accepted", letter)
                            .isEqualByComparingTo(TOTAL);
                }
            }
            checks.assertThat(paidTo(b2c, buyer("B"))).as("B's buyer refunded").isEqualByComparingTo(TOTAL);
            checks.assertThat(paidTo(b2c, seller("F"))).as("F's seller's half").isEqualByComparingTo("250");
            checks.assertThat(paidTo(b2c, buyer("F"))).as("F's buyer's half").isEqualByComparingTo("250");
            boolean eCharged = providerTransactions("MobileCheckout").stream()
                    .anyMatch(t -> "Success".equals(t.path("status").asText())
                            && buyer("E").equals(t.path("source").asText()));
            checks.assertThat(eCharged)
                    .as("the provider took E's money (checkout answer lost in the kill)")
                    .isTrue();
            checks.assertThat(paymentStatuses("E"))
                    .as("E's payment, whose money the provider took: found by asking the provider, "
                            + "not expired (the buyer would pay twice)")
                    .containsExactly("locked");
            checks.assertThat(api.get("/api/v1/audit/verify")
                            .body()
                            .path("intact")
                            .asBoolean())
                    .as("audit chain intact")
                    .isTrue();
            service.stop();
            try (Connection connection = ledger.get()) {
                checkLedger(connection);
            }
            checks.assertAll();
        }

        private void checkLedger(Connection connection) throws SQLException {
            try (ResultSet sides = connection
                    .createStatement()
                    .executeQuery("SELECT side, SUM(amount) FROM ledger_lines GROUP BY side ORDER BY side")) {
                Map<String, BigDecimal> sums = new HashMap<>();
                while (sides.next()) {
                    sums.put(sides.getString(1), sides.getBigDecimal(2));
                }
                checks.assertThat(sums.get("DEBIT"))
                        .as("ledger debits equal credits: %s", sums)
                        .isNotNull()
                        .isEqualByComparingTo(sums.getOrDefault("CREDIT", BigDecimal.ZERO));
            }
            try (ResultSet escrow = connection
                    .createStatement()
                    .executeQuery(
                            "SELECT account_contract, SUM(CASE side WHEN 'CREDIT' "
                                    + "THEN amount ELSE -amount END) FROM ledger_lines WHERE account_type = 'ESCROW' GROUP BY account_contract")) {
                while (escrow.next()) {
                    checks.assertThat(escrow.getBigDecimal(2))
                            .as("escrow of %s", escrow.getString(1))
                            .isNotNegative();
                }
            }
        }

        private BigDecimal paidTo(List<JsonNode> b2c, String phone) {
            return b2c.stream()
                    .filter(t -> "Success".equals(t.path("status").asText())
                            && phone.equals(t.path("clientAccount").asText()))
                    .map(t -> new BigDecimal(t.path("value").asText().split(" ")[1]))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** What the provider did, asked over its own API (AT's transaction fetch). */
        private List<JsonNode> providerTransactions(String category) {
            java.net.URI fetch = provider.url()
                    .resolve("/query/transaction/fetch?username=sandbox&productName=VoicePact&category=" + category);
            try {
                var response = java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(fetch)
                                        .header("apiKey", provider.settings().apiKey())
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString());
                return stream(JSON.readTree(response.body()).path("responses")).toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Connection h2(Path dataDir) {
        return connect(
                "jdbc:h2:file:" + dataDir.resolve("voicepact") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
    }

    private static Connection connect(String url, String user, String password) {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("the ledger cannot be read: " + e.getMessage(), e);
        }
    }
}
