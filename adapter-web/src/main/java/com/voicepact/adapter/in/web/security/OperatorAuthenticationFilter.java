package com.voicepact.adapter.in.web.security;

import com.voicepact.adapter.in.web.callback.CallbackPaths;
import com.voicepact.adapter.in.web.error.ApiErrors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;

/**
 * Everything under {@code /api/v1} is an operator endpoint unless a callback adapter says otherwise:
 * deny by default. The authenticated key's id travels with the request for the audit log.
 */
@ServerFilter({"/api/v1/**", "/management/**"})
final class OperatorAuthenticationFilter {

    static final String HEADER = "X-API-Key";
    private final OperatorKeys keys;

    OperatorAuthenticationFilter(OperatorKeys keys) {
        this.keys = keys;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        if (CallbackPaths.isCallback(request.getPath())) {
            return null; // provider callbacks carry no API key: CallbackGuard authenticates them
        }
        String presented = request.getHeaders().get(HEADER);
        if (presented == null || presented.isBlank()) {
            return ApiErrors.of(
                    HttpStatus.UNAUTHORIZED, "missing " + HEADER + " header: operator endpoints need an API key");
        }
        Optional<String> keyId = keys.identify(presented);
        if (keyId.isEmpty()) {
            return ApiErrors.of(HttpStatus.UNAUTHORIZED, "the " + HEADER + " header does not hold a valid API key");
        }
        request.setAttribute(Operator.ATTRIBUTE, keyId.get());
        return null;
    }
}
