package com.voicepact.adapter.in.web.error;

import com.voicepact.application.port.in.SmsUnavailableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
final class SmsExceptionHandler implements ExceptionHandler<SmsUnavailableException, HttpResponse<ErrorResponse>> {

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, SmsUnavailableException exception) {
        return ApiErrors.of(HttpStatus.SERVICE_UNAVAILABLE, exception.getMessage()).header("Retry-After", "60");
    }
}
