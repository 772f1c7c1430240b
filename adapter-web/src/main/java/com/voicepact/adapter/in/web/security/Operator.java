package com.voicepact.adapter.in.web.security;

import io.micronaut.http.HttpRequest;

/** The authenticated operator of a request, as the filter recorded it. */
public final class Operator {

    static final String ATTRIBUTE = "voicepact.operator.key-id";

    private Operator() {}

    public static String keyIdOf(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class)
                .orElseThrow(() -> new IllegalStateException("operator endpoint reached without authentication"));
    }
}
