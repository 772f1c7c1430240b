package com.voicepact.adapter.in.web.error;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Every error the API answers: a short code, the reason in words, and {@code detail} (the same
 * reason) for clients of the first version, which read FastAPI's {@code detail} field.
 */
@Serdeable
public record ErrorResponse(int status, String error, String reason, String detail) {

    public static ErrorResponse of(int status, String error, String reason) {
        return new ErrorResponse(status, error, reason, reason);
    }
}
