package com.voicepact.adapter.in.web.error;

import com.voicepact.adapter.in.web.callback.CallbackRejectedException;
import com.voicepact.application.port.in.CheckoutRefusedException;
import com.voicepact.application.port.in.PaymentProviderUnavailableException;
import com.voicepact.application.port.in.ReleaseNotAllowedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Provider and escrow failures as HTTP: 402 no funds, 400 invalid at the provider, 503 provider down, 409 not releasable. */
final class PaymentExceptionHandlers {

    private PaymentExceptionHandlers() {
    }

    @Singleton
    static final class Refused implements ExceptionHandler<CheckoutRefusedException, HttpResponse<ErrorResponse>> {
        @Override
        public HttpResponse<ErrorResponse> handle(HttpRequest request, CheckoutRefusedException e) {
            HttpStatus status = switch (e.refusal()) {
                case INVALID_REQUEST -> HttpStatus.BAD_REQUEST;
                case DUPLICATE -> HttpStatus.CONFLICT;
                case INSUFFICIENT_FUNDS, OTHER -> HttpStatus.PAYMENT_REQUIRED;
            };
            return ApiErrors.of(status, "the payment provider refused the checkout: " + e.getMessage());
        }
    }

    @Singleton
    static final class Unavailable implements ExceptionHandler<PaymentProviderUnavailableException, HttpResponse<ErrorResponse>> {
        @Override
        public HttpResponse<ErrorResponse> handle(HttpRequest request, PaymentProviderUnavailableException e) {
            return ApiErrors.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage())
                    .header("Retry-After", Integer.toString(PaymentProviderUnavailableException.RETRY_AFTER_SECONDS));
        }
    }

    @Singleton
    static final class NotReleasable implements ExceptionHandler<ReleaseNotAllowedException, HttpResponse<ErrorResponse>> {
        @Override
        public HttpResponse<ErrorResponse> handle(HttpRequest request, ReleaseNotAllowedException e) {
            return ApiErrors.of(HttpStatus.CONFLICT, e.getMessage());
        }
    }

    @Singleton
    static final class CallbackRejected implements ExceptionHandler<CallbackRejectedException, HttpResponse<ErrorResponse>> {
        @Override
        public HttpResponse<ErrorResponse> handle(HttpRequest request, CallbackRejectedException e) {
            return ApiErrors.of(e.forbiddenSource() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED, e.getMessage());
        }
    }
}
