package com.voicepact.adapter.in.web.console;

import com.voicepact.application.console.port.in.ConsoleState;
import com.voicepact.application.console.port.in.WatchChangesUseCase;
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
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Server-sent events telling the console that something changed: one {@code change} event at once, then one each
 * time the audit chain's head or a circuit moves (looked at every second; the chain is shared, so a change made on
 * any node is seen). The page re-fetches what it shows. A stream ends after five minutes and the browser's
 * EventSource reconnects, so a session that ended stops getting events.
 */
@Controller("/api/v1/console")
final class ConsoleEventsController {

    static final Duration POLL = Duration.ofSeconds(1);
    static final Duration LIFETIME = Duration.ofMinutes(5);
    private final WatchChangesUseCase watch;
    private final Scheduler blocking;

    ConsoleEventsController(WatchChangesUseCase watch, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.watch = watch;
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
    Publisher<Event<Change>> events() {
        return Flux.interval(Duration.ZERO, POLL)
                .onBackpressureDrop()
                .concatMap(tick -> Mono.fromCallable(watch::current).subscribeOn(blocking), 1)
                .distinctUntilChanged()
                .map(state -> Event.of(Change.of(state)).name("change").id(Long.toString(state.auditSequence())))
                .take(LIFETIME)
                .onErrorComplete(); // the store briefly down: end the stream, the browser reconnects
    }
}
