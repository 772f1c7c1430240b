package com.voicepact.adapter.in.web.error;

import com.voicepact.application.port.in.ContractNotFoundException;
import com.voicepact.application.port.in.PaymentNotFoundException;
import com.voicepact.application.port.in.SandboxOnlyException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
final class NotFoundExceptionHandler implements ExceptionHandler<ContractNotFoundException, HttpResponse<ErrorResponse>> {

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, ContractNotFoundException exception) {
        return ApiErrors.of(HttpStatus.NOT_FOUND, exception.getMessage());
    }

    @Singleton
    static final class PaymentNotFound implements ExceptionHandler<PaymentNotFoundException, HttpResponse<ErrorResponse>> {
        @Override
        public HttpResponse<ErrorResponse> handle(HttpRequest request, PaymentNotFoundException exception) {
            return ApiErrors.of(HttpStatus.NOT_FOUND, exception.getMessage());
        }
    }

    @Singleton
    static final class SandboxOnly implements ExceptionHandler<SandboxOnlyException, HttpResponse<ErrorResponse>> {
        @Override
        public HttpResponse<ErrorResponse> handle(HttpRequest request, SandboxOnlyException exception) {
            return ApiErrors.of(HttpStatus.NOT_FOUND, exception.getMessage());
        }
    }
}
