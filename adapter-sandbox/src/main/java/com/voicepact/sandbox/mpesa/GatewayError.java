package com.voicepact.sandbox.mpesa;

/**
 * A refusal in Daraja's gateway shape: HTTP {@code status} and the body
 * {@code {"requestId":"...","errorCode":"400.002.02","errorMessage":"Bad Request - Invalid Amount"}}.
 * The HTTP status is the code's first part (400, 404, 500), as Daraja's own answers carry it.
 */
final class GatewayError extends RuntimeException {

    static final String INVALID_FIELD = "400.002.02";
    static final String INVALID_PAYLOAD = "400.002.05";
    static final String BAD_AUTHENTICATION = "400.008.01";
    static final String BAD_GRANT_TYPE = "400.008.02";
    static final String NOT_FOUND = "404.001.01";
    static final String INVALID_TOKEN = "404.001.03";
    static final String IN_PROCESS_OR_WRONG_CREDENTIALS = "500.001.1001";
    static final String DUPLICATE_ORIGINATOR = "500.002.1001";
    static final String SPIKE_ARREST = "500.003.02";
    static final String INTERNAL = "500.003.1001";

    private final int status;
    private final String errorCode;
    private final String requestId;

    GatewayError(String errorCode, String errorMessage) {
        this(errorCode, errorMessage, null);
    }

    /** {@code requestId} null: a fresh one is made (the STK query's "being processed" echoes the checkout id). */
    GatewayError(String errorCode, String errorMessage, String requestId) {
        super(errorMessage, null, false, false);
        this.errorCode = errorCode;
        this.status = Integer.parseInt(errorCode.substring(0, 3));
        this.requestId = requestId;
    }

    static GatewayError invalid(String field) {
        return new GatewayError(INVALID_FIELD, "Bad Request - Invalid " + field);
    }

    int status() {
        return status;
    }

    String errorCode() {
        return errorCode;
    }

    String requestId() {
        return requestId == null ? SandboxIds.requestId() : requestId;
    }
}
