package com.voicepact.adapter.in.web.payment;

import com.voicepact.adapter.in.web.callback.CallbackGuard;
import com.voicepact.application.port.in.SettleMovementCommand;
import com.voicepact.application.port.in.SettleMovementUseCase;
import com.voicepact.application.port.in.SettlementResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * {@code POST /api/v1/payments/webhook[/{token}]}: AT's payment notifications, JSON or form. The raw
 * body is authenticated before it is parsed, then mapped to a typed settlement ({@link NotificationParser}); every notification is answered at once with 200 once
 * recorded (duplicates and flagged ones too, so AT stops retrying).
 */
@Controller("/api/v1/payments/webhook")
@ExecuteOn(TaskExecutors.BLOCKING)
final class PaymentWebhookController {

    private final CallbackGuard guard;
    private final NotificationParser parser;
    private final SettleMovementUseCase settlements;

    PaymentWebhookController(CallbackGuard guard, NotificationParser parser, SettleMovementUseCase settlements) {
        this.guard = guard;
        this.parser = parser;
        this.settlements = settlements;
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record WebhookResponse(String status, String transactionId, @Nullable String paymentTransactionId, String outcome) {
    }

    @Post
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN})
    WebhookResponse receive(HttpRequest<?> request, @Nullable @Body String body) {
        return handle(request, null, body);
    }

    @Post("/{token}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN})
    WebhookResponse receiveWithToken(HttpRequest<?> request, @PathVariable String token, @Nullable @Body String body) {
        return handle(request, token, body);
    }

    private WebhookResponse handle(HttpRequest<?> request, String token, String body) {
        guard.verify(request, token, body);
        String contentType = request.getContentType().map(MediaType::toString).orElse(MediaType.APPLICATION_JSON);
        SettleMovementCommand settlement = parser.parse(contentType, body);
        SettlementResult result = settlements.settle(settlement);
        return new WebhookResponse("webhook_processed", settlement.providerReference(), result.transactionId(),
                result.outcome().name().toLowerCase(java.util.Locale.ROOT));
    }
}
