package com.voicepact.adapter.in.web.error;

import com.voicepact.adapter.in.web.callback.CallbackRejectedException;
import com.voicepact.application.escrow.port.in.CheckoutRefusedException;
import com.voicepact.application.escrow.port.in.IdempotencyKeyReusedException;
import com.voicepact.application.escrow.port.in.ProviderRefusedException;
import com.voicepact.application.escrow.port.in.ReleaseNotAllowedException;
import com.voicepact.application.shared.port.in.NotFoundException;
import com.voicepact.application.shared.port.in.ProviderUnavailableException;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.NotPermittedException;
import com.voicepact.domain.StateConflictException;
import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one table from our exception types to HTTP: 400 invalid input, 403 not permitted, 404 not
 * found, 409 a state or a concurrent change that does not allow it, 502 the provider answered but
 * did not do it, 503 the provider cannot be reached (with Retry-After). A checkout the provider
 * refused is 402 (no funds), 400 (invalid account) or 409 (duplicate); a refused callback 401 or 403;
 * an Idempotency-Key reused for another request 422, one whose first request still runs 409 (with Retry-After).
 * Only these types' messages reach a client: they are written by us, in the user's terms.
 */
final class ErrorStatuses {

    private record Mapping(Class<? extends RuntimeException> type, Function<RuntimeException, HttpStatus> status) {}

    private static final List<Mapping> TABLE = List.of(
            new Mapping(InvalidValueException.class, e -> HttpStatus.BAD_REQUEST),
            new Mapping(NotPermittedException.class, e -> HttpStatus.FORBIDDEN),
            new Mapping(NotFoundException.class, e -> HttpStatus.NOT_FOUND),
            new Mapping(StateConflictException.class, e -> HttpStatus.CONFLICT),
            new Mapping(ReleaseNotAllowedException.class, e -> HttpStatus.CONFLICT),
            new Mapping(ConcurrentUpdateException.class, e -> HttpStatus.CONFLICT),
            new Mapping(ProviderRefusedException.class, e -> HttpStatus.BAD_GATEWAY),
            new Mapping(ProviderUnavailableException.class, e -> HttpStatus.SERVICE_UNAVAILABLE),
            new Mapping(IdempotencyKeyReusedException.class, e -> HttpStatus.UNPROCESSABLE_ENTITY),
            new Mapping(CheckoutRefusedException.class, e -> switch (((CheckoutRefusedException) e).reason()) {
                case RECIPIENT_INVALID, CONFIGURATION ->
                    HttpStatus.BAD_REQUEST; // the request could not be carried out as asked
                case DUPLICATE -> HttpStatus.CONFLICT;
                default -> HttpStatus.PAYMENT_REQUIRED; // the provider refused to move the money
            }),
            new Mapping(
                    CallbackRejectedException.class,
                    e -> ((CallbackRejectedException) e).forbiddenSource()
                            ? HttpStatus.FORBIDDEN
                            : HttpStatus.UNAUTHORIZED));

    private ErrorStatuses() {}

    /** The status of one of our exception types; empty for anything else (a failure on our side). */
    static Optional<HttpStatus> of(Throwable failure) {
        if (!(failure instanceof RuntimeException runtime)) {
            return Optional.empty();
        }
        return TABLE.stream()
                .filter(m -> m.type().isInstance(runtime))
                .findFirst()
                .map(m -> m.status().apply(runtime));
    }

    /** The reason a client reads: ours, with a prefix where our message alone would not say what happened. */
    static String reasonOf(RuntimeException failure) {
        if (failure instanceof ConcurrentUpdateException) {
            return "changed concurrently, please retry: " + failure.getMessage();
        }
        if (failure instanceof CheckoutRefusedException) {
            return "the payment provider refused the checkout: " + failure.getMessage();
        }
        return failure.getMessage();
    }
}
