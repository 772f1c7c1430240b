package com.voicepact.adapter.out.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.voicepact.application.port.out.GatewayException;
import com.voicepact.application.port.out.PaymentGatewayPort;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * AT's historical payments API (JSON): mobile checkout, B2C, wallet balance, transaction queries.
 * AT removed it from its SDKs in 2023; live Kenyan money belongs to a Daraja adapter behind the same port.
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
    public GatewayAnswer checkout(CheckoutRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", config.username());
        body.put("productName", config.productName());
        body.put("phoneNumber", request.payer().e164());
        body.put("currencyCode", request.amount().currency().name());
        body.put("amount", request.amount().amount());
        Map<String, String> metadata = new LinkedHashMap<>(request.metadata());
        metadata.put("reference", request.reference());
        body.put("metadata", metadata);
        JsonNode answer = resilience.movingMoney("payments",
                () -> http.postJson(config.paymentsBaseUrl() + "/mobile/checkout/request", body));
        String status = answer.path("status").asText();
        String description = answer.path("description").asText(status);
        return switch (status) {
            case "PendingConfirmation" -> GatewayAnswer.accepted(answer.path("transactionId").asText(), description);
            case "DuplicateRequest" -> GatewayAnswer.refused(Refusal.DUPLICATE, description);
            case "InvalidRequest", "NotSupported" -> GatewayAnswer.refused(Refusal.INVALID_REQUEST, description);
            default -> GatewayAnswer.refused(description.toLowerCase(Locale.ROOT).contains("insufficient")
                    ? Refusal.INSUFFICIENT_FUNDS : Refusal.OTHER, description);
        };
    }

    @Override
    public GatewayAnswer payout(PayoutRequest request) {
        Map<String, Object> recipient = new LinkedHashMap<>();
        recipient.put("name", "VoicePact payee");
        recipient.put("phoneNumber", request.recipient().e164());
        recipient.put("currencyCode", request.amount().currency().name());
        recipient.put("amount", request.amount().amount());
        recipient.put("reason", request.reason());
        recipient.put("metadata", Map.of("payout_id", request.payoutId()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", config.username());
        body.put("productName", config.productName());
        body.put("recipients", List.of(recipient));
        JsonNode answer = resilience.movingMoney("payments", () -> http.postJson(config.paymentsBaseUrl() + "/mobile/b2c/request", body));
        JsonNode entry = answer.path("entries").path(0);
        if (entry.isMissingNode()) {
            return GatewayAnswer.refused(Refusal.INVALID_REQUEST, answer.path("errorMessage").asText("no entry in the answer"));
        }
        String status = entry.path("status").asText();
        if ("Queued".equals(status) || "Success".equals(status)) {
            return GatewayAnswer.accepted(entry.path("transactionId").asText(), status);
        }
        String error = entry.path("errorMessage").asText(status);
        return GatewayAnswer.refused(error.toLowerCase(Locale.ROOT).contains("insufficient") ? Refusal.INSUFFICIENT_FUNDS
                : Refusal.OTHER, error);
    }

    @Override
    public Optional<ProviderTransaction> findTransaction(String providerTransactionId) {
        JsonNode answer = resilience.safely("payments", () -> http.get(config.paymentsBaseUrl() + "/query/transaction/find",
                Map.of("username", config.username(), "transactionId", providerTransactionId)));
        if (!"Success".equals(answer.path("status").asText())) {
            return Optional.empty();
        }
        return Optional.of(transaction(answer.path("data")));
    }

    /** AT cannot look a payout up by our id, so recent B2C transactions are fetched and matched on the echoed metadata. */
    @Override
    public Optional<ProviderTransaction> findPayout(String payoutId) {
        return fetch(Map.of("category", "MobileB2C")).stream().filter(t -> payoutId.equals(t.clientReference())).findFirst();
    }

    /** AT cannot look a checkout up by our reference either: recent checkouts are matched on the echoed metadata. */
    @Override
    public Optional<ProviderTransaction> findCheckout(String reference) {
        return fetch(Map.of("category", "MobileCheckout")).stream().filter(t -> reference.equals(t.clientReference())).findFirst();
    }

    @Override
    public Money balance() {
        JsonNode answer = resilience.safely("payments", () -> http.get(config.paymentsBaseUrl() + "/query/wallet/balance",
                Map.of("username", config.username())));
        if (!"Success".equals(answer.path("status").asText())) {
            throw new GatewayException("wallet balance not available: " + answer.path("status").asText(), false, null);
        }
        return money(answer.path("balance").asText());
    }

    @Override
    public List<ProviderTransaction> transactionsBetween(Instant from, Instant to) {
        return fetch(Map.of("startDate", AT_DATE.format(from.atOffset(ZoneOffset.UTC)), "endDate",
                AT_DATE.format(to.atOffset(ZoneOffset.UTC))));
    }

    private List<ProviderTransaction> fetch(Map<String, String> filters) {
        Map<String, String> query = new LinkedHashMap<>(filters);
        query.put("username", config.username());
        query.put("productName", config.productName());
        query.put("pageNumber", "1");
        query.put("count", "1000");
        JsonNode answer = resilience.safely("payments", () -> http.get(config.paymentsBaseUrl() + "/query/transaction/fetch", query));
        List<ProviderTransaction> transactions = new ArrayList<>();
        answer.path("responses").forEach(t -> transactions.add(transaction(t)));
        return transactions;
    }

    private static ProviderTransaction transaction(JsonNode t) {
        JsonNode metadata = t.path("requestMetadata");
        String reference = metadata.hasNonNull("payout_id") ? metadata.path("payout_id").asText()
                : metadata.path("reference").asText(null);
        String date = t.path("transactionDate").asText(null);
        return new ProviderTransaction(t.path("transactionId").asText(), reference, t.path("status").asText(),
                t.hasNonNull("value") ? money(t.path("value").asText()) : null,
                t.hasNonNull("transactionFee") ? money(t.path("transactionFee").asText()) : null,
                date == null ? null : LocalDateTime.parse(date, AT_DATE).toInstant(ZoneOffset.UTC));
    }

    /** {@code "KES 90.0000"}: AT's four decimals, cut to the currency's own. */
    static Money money(String text) {
        String[] parts = text.strip().split("\\s+");
        CurrencyCode currency = CurrencyCode.parse(parts[0]);
        BigDecimal amount = new BigDecimal(parts[1]).setScale(currency.minorUnits(), java.math.RoundingMode.UNNECESSARY);
        return Money.of(amount, currency);
    }
}
