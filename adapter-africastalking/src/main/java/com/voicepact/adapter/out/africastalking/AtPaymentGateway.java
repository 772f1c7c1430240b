package com.voicepact.adapter.out.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.escrow.port.out.ProviderMovement;
import com.voicepact.application.escrow.port.out.RefundRequest;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AT's historical payments API (JSON): mobile checkout, B2C, wallet balance, transaction queries, all
 * synchronous (a lookup never answers {@link Lookup.Asked}). Its words are mapped in {@link AtPaymentWords}.
 * AT has no reversal: a refund is a B2C payment to the payer. AT removed the API from its SDKs in 2023;
 * live Kenyan money belongs to a Daraja adapter behind the same port.
 */
public final class AtPaymentGateway implements PaymentGatewayPort {

    private static final DateTimeFormatter AT_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final AtConfig config;
    private final AtHttp http;
    private final AtResilience resilience;

    public AtPaymentGateway(AtConfig config, AtResilience resilience) {
        this.config = config;
        this.http = new AtHttp(config);
        this.resilience = resilience;
    }

    @Override
    public GatewayAnswer collect(CollectionRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", config.username());
        body.put("productName", config.productName());
        body.put("phoneNumber", request.payer().e164());
        body.put("currencyCode", request.amount().currency().name());
        body.put("amount", request.amount().amount());
        Map<String, String> metadata = new LinkedHashMap<>(request.metadata());
        metadata.put("reference", request.reference());
        body.put("metadata", metadata);
        JsonNode answer = resilience.movingMoney(
                "payments", () -> http.postJson(config.paymentsBaseUrl() + "/mobile/checkout/request", body));
        String status = answer.path("status").asText();
        return AtPaymentWords.checkoutAnswer(
                status,
                answer.path("transactionId").asText(),
                answer.path("description").asText(status));
    }

    @Override
    public GatewayAnswer payOut(PayoutRequest request) {
        return b2c(request.payoutId(), request.recipient(), request.amount());
    }

    /** AT cannot reverse a checkout: the money goes back to the payer as a B2C payment, like a payout. */
    @Override
    public GatewayAnswer refund(RefundRequest request) {
        return b2c(request.payoutId(), request.payer(), request.amount());
    }

    private GatewayAnswer b2c(String payoutId, com.voicepact.domain.common.PhoneNumber to, Money amount) {
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("name", "VoicePact payee");
        recipient.put("phoneNumber", to.e164());
        recipient.put("currencyCode", amount.currency().name());
        recipient.put("amount", amount.amount());
        recipient.put("reason", "BusinessPayment");
        recipient.put("metadata", Map.of("payout_id", payoutId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", config.username());
        body.put("productName", config.productName());
        body.put("recipients", List.of(recipient));
        JsonNode answer = resilience.movingMoney(
                "payments", () -> http.postJson(config.paymentsBaseUrl() + "/mobile/b2c/request", body));
        JsonNode entry = answer.path("entries").path(0);
        if (entry.isMissingNode()) {
            return AtPaymentWords.payoutEntryAnswer(
                    "InvalidRequest", null, answer.path("errorMessage").asText("no entry in the answer"));
        }
        String status = entry.path("status").asText();
        return AtPaymentWords.payoutEntryAnswer(
                status,
                entry.path("transactionId").asText(),
                entry.path("errorMessage").asText(status));
    }

    /** AT's find-transaction; anything but {@code status: Success} means AT does not know the transaction. */
    @Override
    public Lookup findByProviderReference(MoneyMovement movement, String providerReference) {
        JsonNode answer = resilience.safely(
                "payments",
                () -> http.get(
                        config.paymentsBaseUrl() + "/query/transaction/find",
                        Map.of("username", config.username(), "transactionId", providerReference)));
        if (!"Success".equals(answer.path("status").asText())) {
            return new Lookup.NotFound();
        }
        return new Lookup.Found(movement(answer.path("data")));
    }

    /** AT cannot look a movement up by our reference: recent ones of its category are fetched and matched on the echoed metadata. */
    @Override
    public Lookup findByOurReference(MoneyMovement movement, String ourReference) {
        return fetch(Map.of("category", AtPaymentWords.categoryOf(movement))).stream()
                .filter(m -> ourReference.equals(m.ourReference()))
                .findFirst()
                .<Lookup>map(Lookup.Found::new)
                .orElseGet(Lookup.NotFound::new);
    }

    @Override
    public Money balance() {
        JsonNode answer = resilience.safely(
                "payments",
                () -> http.get(
                        config.paymentsBaseUrl() + "/query/wallet/balance", Map.of("username", config.username())));
        if (!"Success".equals(answer.path("status").asText())) {
            throw new GatewayException(
                    "wallet balance not available: " + answer.path("status").asText(), false, null);
        }
        return money(answer.path("balance").asText());
    }

    @Override
    public List<ProviderMovement> movementsBetween(Instant from, Instant to) {
        return fetch(Map.of(
                "startDate",
                AT_DATE.format(from.atOffset(ZoneOffset.UTC)),
                "endDate",
                AT_DATE.format(to.atOffset(ZoneOffset.UTC))));
    }

    private List<ProviderMovement> fetch(Map<String, String> filters) {
        Map<String, String> query = new LinkedHashMap<>(filters);
        query.put("username", config.username());
        query.put("productName", config.productName());
        query.put("pageNumber", "1");
        query.put("count", "1000");
        JsonNode answer = resilience.safely(
                "payments", () -> http.get(config.paymentsBaseUrl() + "/query/transaction/fetch", query));
        List<ProviderMovement> movements = new ArrayList<>();
        answer.path("responses").forEach(t -> movements.add(movement(t)));
        return movements;
    }

    private static ProviderMovement movement(JsonNode t) {
        JsonNode metadata = t.path("requestMetadata");
        String reference = metadata.hasNonNull("payout_id")
                ? metadata.path("payout_id").asText()
                : metadata.path("reference").asText(null);
        String date = t.path("transactionDate").asText(null);
        String id = t.path("transactionId").asText();
        Money value = t.hasNonNull("value") ? money(t.path("value").asText()) : null;
        String status = t.path("status").asText();
        return new ProviderMovement(
                AtPaymentWords.movementOf(t.path("category").asText(null)),
                id,
                reference,
                AtPaymentWords.outcomeOf(
                        status, value, id, t.path("description").asText(status)),
                value,
                t.hasNonNull("transactionFee") ? money(t.path("transactionFee").asText()) : null,
                date == null ? null : LocalDateTime.parse(date, AT_DATE).toInstant(ZoneOffset.UTC));
    }

    /** {@code "KES 90.0000"}: AT's four decimals, cut to the currency's own. */
    static Money money(String text) {
        String[] parts = text.strip().split("\\s+");
        CurrencyCode currency = CurrencyCode.parse(parts[0]);
        BigDecimal amount =
                new BigDecimal(parts[1]).setScale(currency.minorUnits(), java.math.RoundingMode.UNNECESSARY);
        return Money.of(amount, currency);
    }
}
