package com.voicepact.adapter.in.web.error;

import com.voicepact.application.port.out.ConcurrentUpdateException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** The contract kept changing under the request (after retries): the client may try again. */
@Singleton
final class ConflictExceptionHandler implements ExceptionHandler<ConcurrentUpdateException, HttpResponse<ErrorResponse>> {

    @Override
    public HttpResponse<ErrorResponse> handle(HttpRequest request, ConcurrentUpdateException exception) {
        return ApiErrors.of(HttpStatus.CONFLICT, "the contract was changed concurrently, please retry: " + exception.getMessage());
    }
}
