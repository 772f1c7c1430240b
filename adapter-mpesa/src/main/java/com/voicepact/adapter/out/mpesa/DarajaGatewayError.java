package com.voicepact.adapter.out.mpesa;

/**
 * Daraja's gateway answered with its error shape {@code {"requestId":"...","errorCode":"500.003.02","errorMessage":"..."}}
 * (source: {@code shared/reference/mpesa-daraja.md}, "Hosts, auth").
 */
final class DarajaGatewayError extends RuntimeException {

    private final int httpStatus;
    private final String code;
    private final String description;

    DarajaGatewayError(int httpStatus, String code, String description) {
        super("Daraja answered " + httpStatus + " " + code + ": " + description);
        this.httpStatus = httpStatus;
        this.code = code;
        this.description = description;
    }

    int httpStatus() {
        return httpStatus;
    }

    String code() {
        return code;
    }

    String description() {
        return description;
    }
}
