package com.voicepact.adapter.in.web.console;

import com.voicepact.adapter.in.web.error.ApiErrors;
import com.voicepact.adapter.in.web.openapi.ConsoleSessionOnly;
import com.voicepact.adapter.in.web.openapi.Unauthenticated;
import com.voicepact.adapter.in.web.security.ConsoleCookie;
import com.voicepact.application.console.port.in.ActiveSession;
import com.voicepact.application.console.port.in.ResumeSessionUseCase;
import com.voicepact.application.console.port.in.SignInCommand;
import com.voicepact.application.console.port.in.SignInLockedException;
import com.voicepact.application.console.port.in.SignInUseCase;
import com.voicepact.application.console.port.in.SignOutUseCase;
import com.voicepact.application.console.port.in.SignedIn;
import com.voicepact.application.console.port.in.WrongOperatorKeyException;
import com.voicepact.domain.console.SessionPolicy;
import com.voicepact.domain.console.SessionToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.Optional;

/**
 * Signing in to the operator console with an operator key, reading the session, and signing out. Outside
 * {@code /api/v1}: the sign-in is how a browser gets its credentials. Every answer is {@code Cache-Control: no-store}.
 */
@Controller("/console/session")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ConsoleSessionController {

    private final SignInUseCase signIn;
    private final SignOutUseCase signOut;
    private final ResumeSessionUseCase resume;
    private final SessionPolicy policy;
    /** {@code micronaut.server.client-address-header}, or null: then the socket's peer is the client. */
    @Nullable
    private final String addressHeader;

    ConsoleSessionController(
            SignInUseCase signIn,
            SignOutUseCase signOut,
            ResumeSessionUseCase resume,
            SessionPolicy policy,
            HttpServerConfiguration server) {
        this.signIn = signIn;
        this.signOut = signOut;
        this.resume = resume;
        this.policy = policy;
        this.addressHeader = server.getClientAddressHeader();
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record SignInRequest(@Nullable String apiKey) {}

    /** {@code operator} as audited ({@code operator:1a2b3c4d5e6f}), the CSRF token for unsafe requests, the expiry. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record SessionResponse(String operator, String csrfToken, Instant expiresAt) {}

    /** 200 and the session cookie; 401 for a wrong key; 429 with {@code Retry-After} (seconds) while locked out. */
    @Post
    @Unauthenticated
    HttpResponse<?> signIn(HttpRequest<?> http, @Body SignInRequest body) {
        try {
            SignedIn session = signIn.signIn(new SignInCommand(body.apiKey(), clientOf(http)));
            return noStore(HttpResponse.ok(new SessionResponse(
                            "operator:" + session.operatorId(), session.csrfToken(), session.expiresAt())))
                    .cookie(ConsoleCookie.of(session.token(), http, policy.absolute()));
        } catch (WrongOperatorKeyException wrong) {
            return noStore(ApiErrors.of(HttpStatus.UNAUTHORIZED, wrong.getMessage()));
        } catch (SignInLockedException locked) {
            return noStore(ApiErrors.of(HttpStatus.TOO_MANY_REQUESTS, locked.getMessage()))
                    .header(
                            "Retry-After",
                            Long.toString(Math.max(1, locked.retryAfter().toSeconds())));
        }
    }

    /** The session of the request's cookie (for a page opened again), or 401. */
    @Get
    @ConsoleSessionOnly
    HttpResponse<?> current(HttpRequest<?> http) {
        Optional<String> token = ConsoleCookie.tokenOf(http);
        Optional<ActiveSession> session = token.flatMap(resume::resume);
        if (session.isEmpty()) {
            return noStore(ApiErrors.of(HttpStatus.UNAUTHORIZED, "not signed in to the console"));
        }
        return noStore(HttpResponse.ok(new SessionResponse(
                "operator:" + session.get().operatorId(),
                SessionToken.csrfOf(token.get()),
                session.get().expiresAt())));
    }

    /** Ends the session everywhere (204) and clears the cookie; needs the session's CSRF token as any change does. */
    @Delete
    @ConsoleSessionOnly
    HttpResponse<?> signOut(HttpRequest<?> http) {
        Optional<String> token = ConsoleCookie.tokenOf(http);
        if (token.isEmpty()) {
            return noStore(HttpResponse.noContent()).cookie(ConsoleCookie.cleared(http));
        }
        if (!SessionToken.csrfMatches(token.get(), http.getHeaders().get(ConsoleCookie.CSRF_HEADER))) {
            return noStore(ApiErrors.of(
                    HttpStatus.FORBIDDEN,
                    "missing or wrong " + ConsoleCookie.CSRF_HEADER + " header: reload the console"));
        }
        signOut.signOut(token.get(), clientOf(http));
        return noStore(HttpResponse.noContent()).cookie(ConsoleCookie.cleared(http));
    }

    /**
     * The client's address as the lockout counts it: the socket's peer, or, only when
     * {@code micronaut.server.client-address-header} names a header the balancer sets, the LAST address of that header
     * (at most 64 characters): the one the balancer itself added. Balancers such as nginx's
     * {@code $proxy_add_x_forwarded_for} and AWS's ALB append to what the client sent, so the first address is the
     * client's own choice. Micronaut's resolver would take the first, and without the setting would also read a client's
     * own {@code Forwarded} or {@code X-Forwarded-For}: either would let anyone pick the address their wrong keys count
     * against.
     */
    private String clientOf(HttpRequest<?> http) {
        String address = addressHeader != null
                ? String.join(",", http.getHeaders().getAll(addressHeader))
                : http.getRemoteAddress().getAddress() == null
                        ? http.getRemoteAddress().getHostString()
                        : http.getRemoteAddress().getAddress().getHostAddress();
        String[] hops = address == null ? new String[0] : address.split(",");
        String last = hops.length == 0 ? "" : hops[hops.length - 1].strip();
        return last.isEmpty() ? "unknown" : last.substring(0, Math.min(64, last.length()));
    }

    private static <T> MutableHttpResponse<T> noStore(MutableHttpResponse<T> response) {
        return response.header("Cache-Control", "no-store");
    }
}
