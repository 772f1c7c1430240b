package com.voicepact.adapter.in.web.error;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.Locale;

/** Builds error responses with one body shape for every status. */
public final class ApiErrors {

    private ApiErrors() {}

    public static MutableHttpResponse<ErrorResponse> of(HttpStatus status, String reason) {
        return HttpResponse.<ErrorResponse>status(status).body(body(status, reason));
    }

    static ErrorResponse body(HttpStatus status, String reason) {
        String code = status.getReason().toLowerCase(Locale.ROOT).replace(' ', '_');
        return ErrorResponse.of(
                status.getCode(), code, reason == null || reason.isBlank() ? status.getReason() : reason);
    }
}
