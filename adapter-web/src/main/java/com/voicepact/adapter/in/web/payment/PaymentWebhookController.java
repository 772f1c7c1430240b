package com.voicepact.adapter.in.web.payment;

import com.voicepact.adapter.in.web.body.JsonText;
import com.voicepact.adapter.in.web.callback.CallbackGuard;
import com.voicepact.adapter.in.web.openapi.CallbackBodies;
import com.voicepact.adapter.in.web.openapi.ProviderCallback;
import com.voicepact.application.escrow.port.in.CallbackReceipt;
import com.voicepact.application.escrow.port.in.ReceivePaymentCallbackCommand;
import com.voicepact.application.escrow.port.in.ReceivePaymentCallbackUseCase;
import com.voicepact.domain.InvalidValueException;
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
import java.util.Locale;

/**
 * {@code POST /api/v1/payments/webhook[/{token}]}: the payment notifications of the provider that posts to one webhook
 * (Africa's Talking), JSON or form. The raw body is authenticated before anything reads it, then handed, unread, to
 * {@link ReceivePaymentCallbackUseCase} at the route {@value #ROUTE}: the provider's adapter reads it, and a report that
 * money moved is confirmed with the provider before it is applied. Answers 200
 * {@code {status: "webhook_processed", transaction_id, payment_transaction_id, outcome}} once handled (duplicates,
 * flagged and not-yet-confirmed ones too, so the provider stops retrying; {@code outcome} is {@code applied},
 * {@code duplicate}, {@code mismatch}, ..., or {@code awaiting_confirmation}); 400 for a body that is no notification;
 * 503 when the provider cannot be asked to confirm it (nothing recorded: a resend is handled anew).
 */
@Controller("/api/v1/payments/webhook")
@ExecuteOn(TaskExecutors.BLOCKING)
final class PaymentWebhookController {

    static final String ROUTE = "webhook";
    private final CallbackGuard guard;
    private final ReceivePaymentCallbackUseCase callbacks;

    PaymentWebhookController(CallbackGuard guard, ReceivePaymentCallbackUseCase callbacks) {
        this.guard = guard;
        this.callbacks = callbacks;
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record WebhookResponse(
            String status, String transactionId, @Nullable String paymentTransactionId, String outcome) {}

    @ProviderCallback
    @CallbackBodies.PaymentNotification
    @Post
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN})
    WebhookResponse receive(HttpRequest<?> request, @Nullable @Body String body) {
        return handle(request, null, body);
    }

    @ProviderCallback
    @CallbackBodies.PaymentNotification
    @Post("/{token}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN})
    WebhookResponse receiveWithToken(HttpRequest<?> request, @PathVariable String token, @Nullable @Body String body) {
        return handle(request, token, body);
    }

    private WebhookResponse handle(HttpRequest<?> request, String token, String body) {
        guard.verify(request, token, body);
        String contentType = request.getContentType().map(MediaType::toString).orElse(MediaType.APPLICATION_JSON);
        try {
            InvalidValueException.require(body != null && !body.isBlank(), "the notification body is empty");
            if (!contentType.startsWith(MediaType.APPLICATION_FORM_URLENCODED)) {
                JsonText.requireOneValue(body); // a text/plain body is read as JSON, past the body filter's JSON check
            }
        } catch (InvalidValueException unreadable) {
            guard.malformed(request, unreadable);
            throw unreadable;
        }
        CallbackReceipt receipt = callbacks.receive(new ReceivePaymentCallbackCommand(ROUTE, contentType, body));
        if (receipt.movements()
                .isEmpty()) { // a notice with nothing to settle (AT's notifications always name a movement)
            return new WebhookResponse("webhook_processed", "", null, "acknowledged");
        }
        CallbackReceipt.Movement movement = receipt.movements().get(0); // a notification speaks of exactly one movement
        return new WebhookResponse(
                "webhook_processed",
                movement.providerReference(),
                movement.transactionId(),
                movement.verdict().name().toLowerCase(Locale.ROOT));
    }
}
