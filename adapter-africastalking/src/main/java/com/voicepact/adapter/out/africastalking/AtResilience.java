package com.voicepact.adapter.out.africastalking;

import com.voicepact.application.operations.port.out.ComponentHealthPort;
import com.voicepact.application.operations.port.out.ProviderCircuitsPort;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.InvalidValueException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One circuit breaker per AT service (5 consecutive failures open it; a trial after 60 s), and
 * retries with exponential backoff (3 attempts). What may be retried depends on the call: anything
 * that failed without moving money, but a checkout or payout only when AT was provably not reached.
 */
public final class AtResilience implements ProviderCircuitsPort {

    public static final List<String> SERVICES = List.of("sms", "voice", "payments");
    /** A circuit opens when every one of its last this many calls failed (docs/africastalking.md). */
    static final int CIRCUIT_WINDOW = 5;
    /** How long an open circuit refuses calls before one trial call decides. */
    static final Duration OPEN_FOR = Duration.ofSeconds(60);
    /** Tries of one call, the first included; the backoff between them doubles from the configured initial interval. */
    static final int ATTEMPTS = 3;

    private final Map<String, CircuitBreaker> circuits = new LinkedHashMap<>();
    private final List<String> services;
    private final Retry safeRetry;
    private final Retry moneyRetry;

    /** Circuits for every AT service, payments included ({@link #SERVICES}). */
    public AtResilience(Clock clock, Duration retryInitialInterval) {
        this(clock, retryInitialInterval, SERVICES);
    }

    /**
     * Circuits for SMS and voice only, when another provider moves the money (M-Pesa Daraja): no "payments" circuit that
     * guards nothing is shown in {@code /health} or reset by an operator.
     */
    public static AtResilience withoutPayments(Clock clock, Duration retryInitialInterval) {
        return new AtResilience(clock, retryInitialInterval, List.of("sms", "voice"));
    }

    private AtResilience(Clock clock, Duration retryInitialInterval, List<String> services) {
        this.services = List.copyOf(services);
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindow(CIRCUIT_WINDOW, CIRCUIT_WINDOW, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .waitDurationInOpenState(OPEN_FOR)
                .permittedNumberOfCallsInHalfOpenState(1)
                .clock(clock)
                .build();
        this.services.forEach(s -> circuits.put(s, CircuitBreaker.of("at-" + s, config)));
        IntervalFunction backoff =
                IntervalFunction.ofExponentialBackoff(retryInitialInterval, 2.0, retryInitialInterval.multipliedBy(10));
        safeRetry = retry(
                "at-safe",
                backoff,
                e -> e instanceof AtFailure f
                        && (f.kind() == AtFailure.Kind.NOT_CONNECTED
                                || f.kind() == AtFailure.Kind.NO_ANSWER
                                || f.kind() == AtFailure.Kind.SERVER_ERROR));
        moneyRetry =
                retry("at-money", backoff, e -> e instanceof AtFailure f && f.kind() == AtFailure.Kind.NOT_CONNECTED);
    }

    private static Retry retry(String name, IntervalFunction backoff, Predicate<Throwable> retryable) {
        return Retry.of(
                name,
                RetryConfig.custom()
                        .maxAttempts(ATTEMPTS)
                        .intervalFunction(backoff)
                        .retryOnException(retryable)
                        .build());
    }

    /** A call that cannot move money twice (SMS, voice, queries): retried on any transport failure or 5xx. */
    <T> T safely(String service, Supplier<T> call) {
        return run(service, safeRetry, call, false);
    }

    /** A call that moves money: retried only when AT was provably not reached. */
    <T> T movingMoney(String service, Supplier<T> call) {
        return run(service, moneyRetry, call, true);
    }

    private <T> T run(String service, Retry retry, Supplier<T> call, boolean movesMoney) {
        Supplier<T> guarded = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(circuit(service), call));
        try {
            return guarded.get();
        } catch (CallNotPermittedException open) {
            throw new GatewayException("Africa's Talking " + service + " circuit is open", false, open);
        } catch (AtFailure failure) {
            throw new GatewayException(failure.getMessage(), movesMoney && failure.mayHaveReachedAt(), failure);
        }
    }

    private CircuitBreaker circuit(String service) {
        CircuitBreaker circuit = circuits.get(service);
        InvalidValueException.require(
                circuit != null,
                "no circuit '" + service + "': Africa's Talking circuits here are " + services
                        + (services.contains("payments")
                                ? ""
                                : " (payments go through another provider, which has none)"));
        return circuit;
    }

    @Override
    public Map<String, String> states() {
        Map<String, String> states = new LinkedHashMap<>();
        circuits.forEach((name, circuit) -> states.put(name, circuit.getState().name()));
        return states;
    }

    @Override
    public void reset(String service) {
        circuit(service.toLowerCase(Locale.ROOT)).reset();
    }

    /**
     * Per service, in the order sms, voice, payments (when AT carries payments): healthy unless its circuit is open, with
     * {@code <service>_circuit} as detail (the product docs' shape).
     */
    public List<ComponentHealthPort> health() {
        return services.stream().map(this::healthOf).toList();
    }

    private ComponentHealthPort healthOf(String service) {
        String name = service.equals("payments") ? "payment" : service;
        return new ComponentHealthPort() {
            @Override
            public String component() {
                return name + "_service";
            }

            @Override
            public boolean isHealthy() {
                return circuit(service).getState() != CircuitBreaker.State.OPEN;
            }

            @Override
            public Map<String, String> details() {
                return Map.of(name + "_circuit", circuit(service).getState().name());
            }
        };
    }
}
