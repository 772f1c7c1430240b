package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.SettleStaleCheckoutsUseCase;
import com.voicepact.application.escrow.port.in.SettleStalePayoutsUseCase;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.operations.port.in.DispatchOutboxUseCase;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.ledger.AccountType;
import com.voicepact.domain.ledger.LedgerLine;
import com.voicepact.sandbox.RecordedRequest;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import com.voicepact.sandbox.mpesa.DeliveredCallback;
import com.voicepact.sandbox.mpesa.PromptAnswer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fault suite's hands on the running service (embedded default: M-Pesa Daraja in the in-process sandbox, real HTTP,
 * real callbacks into the web adapter). The scheduled jobs are switched off by the suite's settings; the driver runs them
 * itself ({@link #until}), so no step waits for an interval: each wait re-runs the work and fails with what it saw.
 */
final class DarajaDriver {

    static final String B2C = "/mpesa/b2c/v3/paymentrequest";
    static final String REVERSAL = "/mpesa/reversal/v1/request";
    static final String STATUS = "/mpesa/transactionstatus/v1/query";
    static final String STK_QUERY = "/mpesa/stkpushquery/v1/query";
    final ApplicationContext service;
    final URI base;
    final String key;
    final DarajaSandbox daraja;
    final AtSandbox at;

    DarajaDriver(ApplicationContext service, Path dataDir) {
        this.service = service;
        this.base = service.getBean(EmbeddedServer.class).getURI();
        this.daraja = service.getBean(DarajaSandbox.class);
        this.at = service.getBean(AtSandbox.class);
        try {
            this.key = Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service on the embedded default, its scheduled jobs off, the windows of the stale-work jobs one second. */
    static ApplicationContext start(Path dataDir) {
        return Application.start(
                Map.of(
                        "VOICEPACT_DATA_DIR",
                        dataDir.toString(),
                        "VOICEPACT_SANDBOX_PORT",
                        "0",
                        "VOICEPACT_CHECKOUT_WINDOW",
                        "PT1S",
                        "VOICEPACT_PAYOUT_SETTLE_WINDOW",
                        "PT1S"),
                Map.of(
                        "micronaut.server.port",
                        -1,
                        "voicepact.dispatch-initial-delay",
                        "1h",
                        "voicepact.payment-jobs-initial-delay",
                        "1h"));
    }

    /** A contract of KES {@code total} between {@code buyer} and {@code seller} (07XXXXXXXX), confirmed by both. */
    String contract(long total, String buyer, String seller) {
        HttpResponse<String> created =
                Http.post(base, "/api/v1/contracts/create", key, """
                {"parties": [{"phone": "%s", "role": "buyer"}, {"phone": "%s", "role": "seller"}],
                 "terms": {"product": "Maize", "total_amount": %d, "currency": "KES"}}""".formatted(buyer, seller, total));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = (String) json(created.body()).get("contract_id");
        assertThat(Http.post(base, "/api/v1/contracts/" + id + "/confirm?phone_number=" + buyer, key, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(Http.post(base, "/api/v1/contracts/" + id + "/confirm?phone_number=" + seller, key, null)
                        .statusCode())
                .isEqualTo(200);
        return id;
    }

    /** A checkout our API answered 201: our transaction id and Daraja's CheckoutRequestID. */
    record Checkout(String transactionId, String checkoutRequestId) {}

    Checkout checkout(String contract, String payer, long amount) {
        HttpResponse<String> answer = Http.post(
                base,
                "/api/v1/payments/checkout",
                key,
                "{\"contract_id\": \"%s\", \"phone_number\": \"%s\", \"amount\": %d}"
                        .formatted(contract, payer, amount));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        Map<String, Object> body = json(answer.body());
        return new Checkout((String) body.get("transaction_id"), (String) body.get("external_transaction_id"));
    }

    /** The payer answers the STK prompt on the simulated phone. */
    void answer(Checkout checkout, PromptAnswer answer) {
        assertThat(daraja.answer(checkout.checkoutRequestId(), answer))
                .as("the prompt of " + checkout + " waits")
                .isTrue();
    }

    /** A checkout paid: the payer enters the PIN and the service locks it on the callback confirmed by the STK query. */
    Checkout paid(String contract, String payer, long amount) throws InterruptedException {
        return paid(checkout(contract, payer, amount));
    }

    /** A checkout already started, paid: the payer enters the PIN, the service locks it. */
    Checkout paid(Checkout checkout) throws InterruptedException {
        answer(checkout, PromptAnswer.PIN);
        until("payment " + checkout + " locked", () -> status(checkout).equals("locked"), () -> payment(checkout));
        return checkout;
    }

    void deliverAndAccept(String contract, String buyer, String seller) {
        HttpResponse<String> delivered = Http.post(
                base, "/api/v1/contracts/" + contract + "/delivery", key, "{\"phone_number\": \"" + seller + "\"}");
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
        HttpResponse<String> accepted = Http.post(
                base,
                "/api/v1/contracts/" + contract + "/delivery/accept",
                key,
                "{\"phone_number\": \"" + buyer + "\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    }

    Map<String, Object> payment(Checkout checkout) {
        return json(Http.get(base, "/api/v1/payments/status/" + checkout.transactionId(), key)
                .body());
    }

    String status(Checkout checkout) {
        return (String) payment(checkout).get("status");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> payouts(Checkout checkout) {
        return (List<Map<String, Object>>) payment(checkout).get("payouts");
    }

    String contractStatus(String contract) {
        return (String)
                json(Http.get(base, "/api/v1/contracts/" + contract, key).body())
                        .get("status");
    }

    /** Runs the outbox once (payouts, refunds, SMS): what the dispatcher's schedule would do. */
    void dispatch() {
        service.getBean(DispatchOutboxUseCase.class).dispatchDue();
    }

    /** The checkout-window job: a pending checkout older than the window is asked for by the STK query. */
    void staleCheckoutJob() {
        service.getBean(SettleStaleCheckoutsUseCase.class).settleStaleCheckouts();
    }

    /** {@code SettleStalePayoutsService}: a payout leg in flight past the settle window is asked for by Transaction Status. */
    void stalePayoutJob() {
        service.getBean(SettleStalePayoutsUseCase.class).settleStalePayouts();
    }

    /**
     * Runs the outbox and re-checks until {@code condition} holds; fails after 20 s saying what it waited for and what
     * {@code seen} shows then (the work is re-run on every round, nothing waits for a schedule).
     */
    void until(String what, Supplier<Boolean> condition, Supplier<Object> seen) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            dispatch();
            if (Boolean.TRUE.equals(Eventually.quietly(condition::get))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what + "; saw: " + Eventually.quietly(seen::get)
                        + "; Daraja's last callbacks: " + last(daraja.deliveredCallbacks(), 4));
            }
            Thread.sleep(50);
        }
    }

    private static <T> List<T> last(List<T> all, int count) {
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    /** The Daraja requests to {@code path} whose body names {@code phone} (2547XXXXXXXX). */
    List<RecordedRequest> requests(String path, String phone) {
        return daraja.requests().stream()
                .filter(r -> r.path().equals(path) && r.body().contains("\"" + phone + "\""))
                .toList();
    }

    List<DeliveredCallback> callbacks(String route) {
        return daraja.deliveredCallbacks().stream()
                .filter(c -> c.url().endsWith(route))
                .toList();
    }

    /** The wallet's net movement for the contract in our ledger: collected minus paid out. */
    BigDecimal walletNet(String contract) {
        return service.getBean(LedgerPostings.class).forContract(ContractId.parse(contract)).stream()
                .flatMap(p -> p.lines().stream())
                .filter(l -> l.account().type() == AccountType.WALLET)
                .map(l -> l.side() == LedgerLine.Side.DEBIT
                        ? l.amount().amount()
                        : l.amount().amount().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How many postings of the contract record {@code kind} ({@code lock}, {@code release}, ...), by posting id prefix. */
    long postings(String contract, String idPrefix) {
        return service.getBean(LedgerPostings.class).forContract(ContractId.parse(contract)).stream()
                .filter(p -> p.id().startsWith(idPrefix))
                .count();
    }

    Map<String, Object> audit() {
        return json(Http.get(base, "/api/v1/audit/verify", key).body());
    }

    String flagged() {
        return Http.get(base, "/api/v1/payments/events/flagged", key).body();
    }

    /** SMS the phone (+2547...) received through the local AT sandbox that start with {@code prefix}. */
    long sms(String phone, String prefix) {
        return at.inbox(phone).stream().filter(m -> m.text().startsWith(prefix)).count();
    }

    /** Posts a callback body, unsigned, to the service as Daraja would, at the route (e.g. {@code /b2c/result}). */
    HttpResponse<String> post(String route, String body) {
        return Http.post(base, MpesaFactory.CALLBACK_PATH + route, null, body);
    }

    /** Each of these callbacks Daraja delivered, posted again exactly as it came; each must be answered 200. */
    void replay(List<DeliveredCallback> callbacks) {
        for (DeliveredCallback callback : callbacks) {
            URI url = URI.create(callback.url());
            HttpResponse<String> again = Http.post(url.resolve("/"), url.getPath(), null, callback.body());
            assertThat(again.statusCode())
                    .as("replayed " + callback.url() + ": " + again.body())
                    .isEqualTo(200);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> json(String body) {
        try {
            return Eventually.json(service, body);
        } catch (IOException e) {
            throw new UncheckedIOException(body, e);
        }
    }
}
