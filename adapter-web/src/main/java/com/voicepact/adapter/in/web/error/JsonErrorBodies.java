package com.voicepact.adapter.in.web.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * The framework's own errors (malformed JSON, body too large, unknown route, wrong method) in the
 * same body shape as ours, instead of Micronaut's HATEOAS error document.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class JsonErrorBodies implements JsonErrorResponseBodyProvider<ErrorResponse> {

    @Override
    public ErrorResponse body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String reason = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        return ApiErrors.body(status, reason);
    }
}
