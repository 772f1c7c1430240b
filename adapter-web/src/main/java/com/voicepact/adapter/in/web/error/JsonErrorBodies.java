package com.voicepact.adapter.in.web.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;

/**
 * The framework's own errors (malformed JSON, a wrong type, body too large, unknown route, wrong
 * method) in the same body shape as ours. The reason is chosen here from the status and the kind of
 * failure, never copied from the framework's message: those name our classes, the parser's tokens
 * and positions, or SQL that a failure on our side carried.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class JsonErrorBodies implements JsonErrorResponseBodyProvider<ErrorResponse> {

    private final String tooLarge;

    JsonErrorBodies(HttpServerConfiguration server) {
        this.tooLarge = "the request body is larger than " + size(server.getMaxRequestSize());
    }

    @Override
    public ErrorResponse body(ErrorContext context, HttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        return ApiErrors.body(
                status,
                status == HttpStatus.REQUEST_ENTITY_TOO_LARGE
                        ? tooLarge
                        : reason(status, context.getRootCause().orElse(null)));
    }

    /** The configured limit as a person writes it: 1 MB, 512 KB, or bytes when it is neither. */
    static String size(long bytes) {
        if (bytes > 0 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes > 0 && bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    static String reason(HttpStatus status, Throwable cause) {
        return switch (status) {
            case BAD_REQUEST -> badRequest(cause);
            case NOT_FOUND -> "there is nothing at this address";
            case METHOD_NOT_ALLOWED -> "this method is not allowed at this address";
            case REQUEST_ENTITY_TOO_LARGE -> "the request body is too large";
            case UNSUPPORTED_MEDIA_TYPE -> "this content type is not accepted here";
            case NOT_ACCEPTABLE -> "this endpoint cannot answer in the accepted media types";
            case INTERNAL_SERVER_ERROR -> "internal error (the operator finds the details in the service log)";
            default -> status.getReason();
        };
    }

    private static String badRequest(Throwable cause) {
        if (cause instanceof UnsatisfiedRouteException missing) {
            return "the required parameter '" + nameOf(missing.getArgument()) + "' is missing";
        }
        if (cause instanceof ConversionErrorException wrong
                && !wrong.getArgument().isAnnotationPresent(Body.class)
                && !"body".equals(wrong.getArgument().getName())) {
            return "the parameter '" + nameOf(wrong.getArgument()) + "' has the wrong type or format";
        }
        return "the body is not valid JSON, or a field in it has the wrong type (a number, a text, a list or an object"
                + " where another is expected)";
    }

    /** The name the client wrote (the query parameter's), which is ours, not the framework's words. */
    private static String nameOf(Argument<?> argument) {
        return argument.getAnnotationMetadata().stringValue(QueryValue.class).orElse(argument.getName());
    }
}
