package com.voicepact.bootstrap;

import com.voicepact.application.operations.port.out.BusinessFigures;
import com.voicepact.application.operations.port.out.BusinessFiguresPort;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link BusinessFigures} read at most once per {@code voicepact.metrics.figures-max-age} (15 s unless set):
 * a scrape reads every gauge, and every node reads the same database, so without this each scrape of each node
 * would run every aggregate query once per gauge. When a read fails the last figures stay (and the failure is
 * logged): the database's own health is reported by {@code /health}. The port is resolved at the first read, not when
 * the meters are bound: the data source it reads through is itself instrumented by the meter registry.
 */
@Singleton
class CachedFigures {

    private static final Logger LOG = LoggerFactory.getLogger(CachedFigures.class);
    private static final BusinessFigures NONE =
            new BusinessFigures(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    private final Provider<BusinessFiguresPort> port;
    private final long maxAgeNanos;
    private BusinessFigures figures = NONE;
    private long readAt;
    private boolean read;

    CachedFigures(
            Provider<BusinessFiguresPort> port, @Value("${voicepact.metrics.figures-max-age:15s}") Duration maxAge) {
        this.port = port;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The figures, read again when the last read is older than the maximum age. */
    synchronized BusinessFigures figures() {
        long now = System.nanoTime();
        if (!read || now - readAt >= maxAgeNanos) {
            readAt = now;
            read = true;
            try {
                figures = port.get().read();
            } catch (RuntimeException e) {
                LOG.warn("business figures not read, the metrics show the last ones: {}", e.toString());
            }
        }
        return figures;
    }
}
