package com.voicepact.adapter.in.web.error;

import com.voicepact.application.port.in.ProviderUnavailableException;
import com.voicepact.application.port.in.RecordingNotFoundException;
import com.voicepact.application.port.in.SmsUnavailableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** SMS, speech-to-text or recording providers down: 503 with Retry-After; an unknown recording: 404. */
@Singleton
final class SmsExceptionHandler implements ExceptionHandler<SmsUnavailableException, HttpResponse<ErrorResponse>> {

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, SmsUnavailableException exception) {
        return ApiErrors.of(HttpStatus.SERVICE_UNAVAILABLE, exception.getMessage()).header("Retry-After", "60");
    }

    @Singleton
    static final class ProviderDown implements ExceptionHandler<ProviderUnavailableException, HttpResponse<ErrorResponse>> {
        @Override
        public HttpResponse<ErrorResponse> handle(HttpRequest request, ProviderUnavailableException e) {
            return ApiErrors.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()).header("Retry-After", "60");
        }
    }

    @Singleton
    static final class RecordingNotFound implements ExceptionHandler<RecordingNotFoundException, HttpResponse<ErrorResponse>> {
        @Override
        public HttpResponse<ErrorResponse> handle(HttpRequest request, RecordingNotFoundException e) {
            return ApiErrors.of(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
