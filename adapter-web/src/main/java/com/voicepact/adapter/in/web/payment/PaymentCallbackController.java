package com.voicepact.adapter.in.web.payment;

import com.voicepact.adapter.in.web.body.JsonText;
import com.voicepact.adapter.in.web.callback.CallbackGuard;
import com.voicepact.application.escrow.port.in.CallbackRouteNotFoundException;
import com.voicepact.application.escrow.port.in.ReceivePaymentCallbackCommand;
import com.voicepact.application.escrow.port.in.ReceivePaymentCallbackUseCase;
import com.voicepact.domain.InvalidValueException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code POST /api/v1/payments/callbacks[/{token}]/{kind}[/{leg}][?token=]}: the callbacks of a provider that posts each kind of
 * result to its own address (M-Pesa Daraja: the paths its adapter builds under {@code MPESA_CALLBACK_BASE_URL}, which
 * must end in {@code /api/v1/payments/callbacks/<VOICEPACT_CALLBACK_TOKEN>}, or in {@code /api/v1/payments/callbacks}
 * when no token is configured: then the whole rest of the path is the route; so it is when the token comes as
 * {@code ?token=}, as on AT's webhook). Nothing in the address uses a word
 * Safaricom refuses in callback URLs. Guarded like every callback ({@link CallbackGuard}: source address allowlist,
 * token, signature when configured, replay memory); the body is handed unread to {@link ReceivePaymentCallbackUseCase}
 * with the route {@code kind[/leg]}.
 *
 * <p>Answers: 200 {@value #ACCEPTED} once handled (applied, duplicate, flagged, or awaiting the provider's
 * confirmation); 400 with a reason for a body that is not the callback the address takes; 404 for an address no
 * provider posts to; 413 for a body over the request limit; 503 when the provider cannot be asked to confirm a report
 * (nothing recorded, so Daraja's retry is handled anew) or our side fails (500). Error bodies are our JSON error shape,
 * never SQL, class names or stack traces.
 */
@Controller(PaymentCallbackController.BASE)
@ExecuteOn(TaskExecutors.BLOCKING)
final class PaymentCallbackController {

    /** Where the per-kind callbacks hang; followed by the callback token. */
    static final String BASE = "/api/v1/payments/callbacks";
    /** The acknowledgement Daraja expects (and any provider takes as "received"). */
    static final String ACCEPTED = "{\"ResultCode\":0,\"ResultDesc\":\"Accepted\"}";

    private final CallbackGuard guard;
    private final ReceivePaymentCallbackUseCase callbacks;

    PaymentCallbackController(CallbackGuard guard, ReceivePaymentCallbackUseCase callbacks) {
        this.guard = guard;
        this.callbacks = callbacks;
    }

    @Post("/{+path}")
    @Hidden // the generator drops a {+path} variable: documented in src/main/openapi instead
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<String> receive(HttpRequest<?> request, @PathVariable String path, @Nullable @Body String body) {
        if (!guard.requiresToken()) {
            return handle(request, null, path, body); // no token configured: the base is the bare path
        }
        String queryToken = request.getParameters().get("token");
        if (queryToken
                != null) { // ?token=: the guard checks it, the path is the route (after the token, if it is there too)
            return handle(
                    request,
                    null,
                    path.startsWith(queryToken + "/") ? path.substring(queryToken.length() + 1) : path,
                    body);
        }
        int slash = path.indexOf('/');
        return handle(
                request, slash < 0 ? path : path.substring(0, slash), slash < 0 ? "" : path.substring(slash + 1), body);
    }

    private HttpResponse<String> handle(HttpRequest<?> request, String token, String route, String body) {
        guard.verify(request, token, body);
        if (route.isEmpty()) {
            throw new CallbackRouteNotFoundException();
        }
        try {
            InvalidValueException.require(body != null && !body.isBlank(), "the callback body is empty");
            JsonText.requireOneValue(body);
        } catch (InvalidValueException unreadable) {
            guard.malformed(request, unreadable);
            throw unreadable;
        }
        String contentType = request.getContentType().map(MediaType::toString).orElse(MediaType.APPLICATION_JSON);
        callbacks.receive(new ReceivePaymentCallbackCommand(route, contentType, body));
        return HttpResponse.ok(ACCEPTED).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
