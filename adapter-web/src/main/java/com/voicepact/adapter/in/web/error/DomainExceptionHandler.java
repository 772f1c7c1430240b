package com.voicepact.adapter.in.web.error;

import com.voicepact.domain.DomainException;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.IllegalTransitionException;
import com.voicepact.domain.contract.PartyNotEntitledException;
import com.voicepact.domain.payment.PaymentTransitionException;
import com.voicepact.domain.payment.ProviderMismatchException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Invalid input is 400, an action the state does not allow is 409, a phone without the right is 403. */
@Singleton
final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<ErrorResponse>> {

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, DomainException exception) {
        return ApiErrors.of(statusOf(exception), exception.getMessage());
    }

    private static HttpStatus statusOf(DomainException exception) {
        if (exception instanceof InvalidValueException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (exception instanceof IllegalTransitionException || exception instanceof PaymentTransitionException
                || exception instanceof ProviderMismatchException
                || exception instanceof com.voicepact.domain.voice.CallFinishedException) {
            return HttpStatus.CONFLICT;
        }
        if (exception instanceof PartyNotEntitledException) {
            return HttpStatus.FORBIDDEN;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
