package com.voicepact.adapter.in.web.error;

import com.voicepact.application.escrow.port.in.CheckoutInProgressException;
import com.voicepact.application.shared.port.in.ProviderUnavailableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every exception a controller lets through (the framework's own, such as malformed JSON, have
 * their handlers and reach {@link JsonErrorBodies}). Our types get their status from
 * {@link ErrorStatuses} and their own message; anything else is a failure on our side: 500 with a
 * reference to the log entry, never its message, since that may carry SQL, class names or a
 * provider's words.
 */
@Singleton
final class ApiExceptionHandler implements ExceptionHandler<Exception, HttpResponse<ErrorResponse>> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, Exception failure) {
        Optional<HttpStatus> status = ErrorStatuses.of(failure);
        if (status.isEmpty()) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("{} {} failed (reference {})", request.getMethod(), request.getPath(), reference, failure);
            return ApiErrors.of(
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "internal error; reference " + reference + " (the operator finds the details in the service log)");
        }
        MutableHttpResponse<ErrorResponse> response =
                ApiErrors.of(status.get(), ErrorStatuses.reasonOf((RuntimeException) failure));
        if (status.get().getCode() >= 500) {
            LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), failure.getMessage(), failure.getCause());
        }
        if (failure instanceof ProviderUnavailableException) {
            response.header("Retry-After", Integer.toString(ProviderUnavailableException.RETRY_AFTER_SECONDS));
        }
        if (failure instanceof CheckoutInProgressException) {
            response.header("Retry-After", Integer.toString(CheckoutInProgressException.RETRY_AFTER_SECONDS));
        }
        return response;
    }
}
