package com.voicepact.bootstrap;

import com.voicepact.application.phone.port.out.UssdMetricsPort;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Duration;

/** The USSD channel's numbers in Micrometer, served at {@code /management/metrics}. */
@Singleton
class MicrometerUssdMetrics implements UssdMetricsPort {

    private final MeterRegistry registry;

    MicrometerUssdMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void sessionStarted() {
        registry.counter("voicepact.ussd.sessions").increment();
    }

    @Override
    public void hop(String screen, Duration took) {
        registry.timer("voicepact.ussd.hops", "path", screen).record(took);
    }

    @Override
    public void sessionEnded(Duration length) {
        registry.timer("voicepact.ussd.session.duration").record(length);
    }

    @Override
    public void error() {
        registry.counter("voicepact.ussd.errors").increment();
    }
}
