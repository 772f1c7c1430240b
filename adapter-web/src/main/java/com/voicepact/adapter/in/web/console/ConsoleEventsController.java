package com.voicepact.adapter.in.web.console;

import com.voicepact.adapter.in.web.security.ConsoleCookie;
import com.voicepact.application.console.port.in.ActiveSession;
import com.voicepact.application.console.port.in.CheckSessionUseCase;
import com.voicepact.application.console.port.in.ConsoleState;
import com.voicepact.application.console.port.in.WatchChangesUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Server-sent events telling the console that something changed: one {@code change} event at once, then one each
 * time the audit chain's head or a circuit moves (looked at every second; the chain is shared, so a change made on
 * any node is seen). The page re-fetches what it shows. A stream opened with a console session ends within
 * {@link #SESSION_CHECK} of that session's end (signed out on any node, or expired); any stream ends after five
 * minutes and the browser's EventSource reconnects, which authenticates it again.
 */
@Controller("/api/v1/console")
final class ConsoleEventsController {

    static final Duration POLL = Duration.ofSeconds(1);
    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final Duration SESSION_CHECK = Duration.ofSeconds(2);
    private final WatchChangesUseCase watch;
    private final CheckSessionUseCase sessions;
    private final Scheduler blocking;

    ConsoleEventsController(
            WatchChangesUseCase watch,
            CheckSessionUseCase sessions,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.watch = watch;
        this.sessions = sessions;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    /** What changed, for the page to decide what to fetch again. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Change(long auditSequence, Map<String, String> circuits) {

        static Change of(ConsoleState state) {
            return new Change(state.auditSequence(), state.circuits());
        }
    }

    @Get(value = "/events", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<Change>> events(HttpRequest<?> http) {
        Flux<Event<Change>> changes = Flux.interval(Duration.ZERO, POLL)
                .onBackpressureDrop()
                .concatMap(tick -> Mono.fromCallable(watch::current).subscribeOn(blocking), 1)
                .distinctUntilChanged()
                .map(state -> Event.of(Change.of(state)).name("change").id(Long.toString(state.auditSequence())))
                .take(LIFETIME);
        Optional<String> session = sessionOf(http);
        return (session.isEmpty() ? changes : changes.takeUntilOther(ended(session.get())))
                .onErrorComplete(); // the store briefly down: end the stream, the browser reconnects
    }

    /** The console session the stream was let in with; none when it came with an operator key, which never ends. */
    private static Optional<String> sessionOf(HttpRequest<?> http) {
        String key = http.getHeaders().get("X-API-Key");
        return key == null || key.isBlank() ? ConsoleCookie.tokenOf(http) : Optional.empty();
    }

    /** Emits once the session is gone (looked at without marking it seen, so an open page does not keep it alive). */
    private Mono<Optional<ActiveSession>> ended(String token) {
        return Flux.interval(SESSION_CHECK, SESSION_CHECK)
                .onBackpressureDrop()
                .concatMap(
                        tick -> Mono.fromCallable(() -> sessions.check(token)).subscribeOn(blocking), 1)
                .filter(Optional::isEmpty)
                .next();
    }
}
