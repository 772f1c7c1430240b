package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.operations.port.out.BusinessFigures;
import com.voicepact.application.operations.port.out.BusinessFiguresPort;
import com.voicepact.application.operations.port.out.ProviderCircuitsPort;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.contract.ContractStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gauges' reading rules: figures cached per maximum age, unknown SMS statuses as other, circuits one-hot. */
class BusinessMetricsTest {

    private static final class CountingFigures implements BusinessFiguresPort {
        final AtomicInteger reads = new AtomicInteger();
        volatile boolean failing;

        @Override
        public BusinessFigures read() {
            reads.incrementAndGet();
            if (failing) {
                throw new IllegalStateException("database gone");
            }
            return new BusinessFigures(
                    Map.of(ContractStatus.ACTIVE, (long) reads.get()),
                    Map.of(CurrencyCode.KES, new BigDecimal("9000.50")),
                    Map.of(),
                    Map.of(),
                    Map.of(),
                    Map.of("success", 3L, "newstatus", 2L, "weird", 1L));
        }
    }

    @Test
    void givenAScrapeOfEveryGauge_whenTheFiguresAreFresh_thenTheDatabaseIsReadOnce() {
        CountingFigures port = new CountingFigures();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new BusinessGauges(new CachedFigures(() -> port, Duration.ofHours(1))).bindTo(registry);

        registry.getMeters().forEach(meter -> meter.measure().forEach(m -> m.getValue()));

        assertThat(port.reads).hasValue(1);
        assertThat(registry.get("voicepact.escrow.held")
                        .tag("currency", "KES")
                        .gauge()
                        .value())
                .isEqualTo(9000.5);
        assertThat(registry.get("voicepact.escrow.held")
                        .tag("currency", "UGX")
                        .gauge()
                        .value())
                .isZero();
        assertThat(registry.get("voicepact.sms").tag("status", "other").gauge().value())
                .as("statuses outside the known set, added up")
                .isEqualTo(3);
        assertThat(registry.get("voicepact.contracts")
                        .tag("status", "active")
                        .gauge()
                        .value())
                .isEqualTo(1);
    }

    @Test
    void givenAnOldRead_whenScrapedAgain_thenReadAgain_andAFailedReadKeepsTheLastFigures() {
        CountingFigures port = new CountingFigures();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new BusinessGauges(new CachedFigures(() -> port, Duration.ZERO)).bindTo(registry);
        var active = registry.get("voicepact.contracts").tag("status", "active").gauge();

        assertThat(active.value()).isEqualTo(1);
        assertThat(active.value()).isEqualTo(2);
        port.failing = true;
        assertThat(active.value()).isEqualTo(2);
        assertThat(port.reads).hasValue(3);
    }

    @Test
    void givenCircuits_whenOneOpens_thenItsOpenStateReadsOne_andTheOthersZero() {
        Map<String, String> states = new LinkedHashMap<>(Map.of("sms", "CLOSED", "voice", "CLOSED"));
        ProviderCircuitsPort circuits = new ProviderCircuitsPort() {
            @Override
            public Map<String, String> states() {
                return Map.copyOf(states);
            }

            @Override
            public void reset(String service) {
                states.put(service, "CLOSED");
            }
        };
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new CircuitGauges(() -> circuits).bindTo(registry);

        states.put("sms", "OPEN");

        assertThat(registry.get("voicepact.circuit.state")
                        .tags("circuit", "sms", "state", "open")
                        .gauge()
                        .value())
                .isEqualTo(1);
        assertThat(registry.get("voicepact.circuit.state")
                        .tags("circuit", "sms", "state", "closed")
                        .gauge()
                        .value())
                .isZero();
        assertThat(registry.get("voicepact.circuit.state")
                        .tags("circuit", "voice", "state", "closed")
                        .gauge()
                        .value())
                .isEqualTo(1);
    }
}
