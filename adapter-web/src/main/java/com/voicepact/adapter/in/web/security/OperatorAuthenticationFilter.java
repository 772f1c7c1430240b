package com.voicepact.adapter.in.web.security;

import com.voicepact.adapter.in.web.callback.CallbackPaths;
import com.voicepact.adapter.in.web.error.ApiErrors;
import com.voicepact.application.console.port.in.ActiveSession;
import com.voicepact.application.console.port.in.ResumeSessionUseCase;
import com.voicepact.domain.console.SessionToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;

/**
 * Everything under {@code /api/v1} is an operator endpoint unless it is a provider callback ({@link
 * CallbackPaths}, which {@code CallbackGuard} authenticates instead): deny by default. Callbacks do not match this
 * filter at all, so USSD hops and payment notifications never take its hop to a blocking thread. An operator shows an API key in {@code X-API-Key}, or the console's session cookie (plus, for
 * a method that changes something, the session's CSRF token in {@code X-CSRF-Token}). The authenticated key's id
 * travels with the request for the audit log, the same whichever way it was shown.
 */
@ServerFilter(patterns = CallbackPaths.OPERATOR_PATHS, patternStyle = FilterPatternStyle.REGEX)
final class OperatorAuthenticationFilter {

    static final String HEADER = "X-API-Key";
    private final OperatorKeys keys;
    private final ResumeSessionUseCase sessions;

    OperatorAuthenticationFilter(OperatorKeys keys, ResumeSessionUseCase sessions) {
        this.keys = keys;
        this.sessions = sessions;
    }

    /** Null to let the request through; a response to refuse it. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING) // the session store is a database: never read it on the event loop
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        String presented = request.getHeaders().get(HEADER);
        if (presented == null || presented.isBlank()) {
            Optional<String> token = ConsoleCookie.tokenOf(request);
            if (token.isPresent()) {
                return bySession(request, token.get()).orElse(null);
            }
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

    private Optional<HttpResponse<?>> bySession(HttpRequest<?> request, String token) {
        Optional<ActiveSession> session = sessions.resume(token);
        if (session.isEmpty()) {
            return Optional.of(ApiErrors.of(
                    HttpStatus.UNAUTHORIZED, "the console session has ended (expired or signed out): sign in again"));
        }
        if (ConsoleCookie.isUnsafe(request)
                && !SessionToken.csrfMatches(token, request.getHeaders().get(ConsoleCookie.CSRF_HEADER))) {
            return Optional.of(ApiErrors.of(
                    HttpStatus.FORBIDDEN,
                    "missing or wrong " + ConsoleCookie.CSRF_HEADER + " header: reload the console and try again"));
        }
        request.setAttribute(Operator.ATTRIBUTE, session.get().operatorId());
        return Optional.empty();
    }
}
