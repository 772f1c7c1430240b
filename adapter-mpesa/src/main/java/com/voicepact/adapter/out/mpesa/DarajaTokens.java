package com.voicepact.adapter.out.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Daraja's OAuth client-credentials token, cached and refreshed before it expires, one refresh at a time however many
 * threads ask: {@code GET /oauth/v1/generate?grant_type=client_credentials} with {@code Authorization: Basic
 * base64(key:secret)} answers {@code {"access_token":"...","expires_in":"3599"}} ({@code expires_in} is a string, in
 * seconds). A token Daraja calls invalid ({@code 404.001.03}) is dropped with {@link #invalidate}.
 */
final class DarajaTokens {

    static final String PATH = "/oauth/v1/generate?grant_type=client_credentials";
    /** Refresh this long before the announced expiry (at most half the token's life), so no call carries a dying token. */
    private static final Duration MARGIN = Duration.ofSeconds(60);

    private record Token(String value, Instant refreshAt) {}

    private final DarajaHttp http;
    private final Clock clock;
    private final String basic;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Token current;

    DarajaTokens(DarajaHttp http, DarajaConfig config, Clock clock) {
        this.http = http;
        this.clock = clock;
        this.basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((config.consumerKey() + ":" + config.consumerSecret())
                                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A token valid for a while yet: the cached one, or a new one fetched by exactly one of the threads asking.
     *
     * @throws DarajaGatewayError when Daraja refuses the credentials or is busy
     * @throws DarajaFailure when Daraja cannot be reached or answers nonsense
     */
    String token() {
        Token token = current;
        if (fresh(token)) {
            return token.value();
        }
        refreshing.lock();
        try {
            token = current;
            if (!fresh(token)) {
                token = fetch();
                current = token;
            }
            return token.value();
        } finally {
            refreshing.unlock();
        }
    }

    /** Forgets {@code stale} if it is still the cached token (another thread may already have replaced it). */
    void invalidate(String stale) {
        refreshing.lock();
        try {
            if (current != null && current.value().equals(stale)) {
                current = null;
            }
        } finally {
            refreshing.unlock();
        }
    }

    private boolean fresh(Token token) {
        return token != null && clock.instant().isBefore(token.refreshAt());
    }

    private Token fetch() {
        JsonNode answer = http.get(PATH, basic);
        String value = answer.path("access_token").asText("");
        long seconds;
        try {
            seconds = Long.parseLong(answer.path("expires_in").asText("").strip());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (value.isBlank() || seconds <= 0) {
            throw new DarajaFailure(
                    DarajaFailure.Kind.BAD_ANSWER, "Daraja's token answer has no access_token or expires_in", null);
        }
        Duration life = Duration.ofSeconds(seconds);
        Duration margin = MARGIN.compareTo(life.dividedBy(2)) < 0 ? MARGIN : life.dividedBy(2);
        return new Token(value, clock.instant().plus(life).minus(margin));
    }
}
