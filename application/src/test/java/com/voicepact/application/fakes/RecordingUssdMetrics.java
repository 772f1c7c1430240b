package com.voicepact.application.fakes;

import com.voicepact.application.phone.port.out.UssdMetricsPort;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

public final class RecordingUssdMetrics implements UssdMetricsPort {

    public final AtomicInteger sessions = new AtomicInteger();
    public final AtomicInteger hops = new AtomicInteger();
    public final AtomicInteger ended = new AtomicInteger();
    public final AtomicInteger errors = new AtomicInteger();

    @Override
    public void sessionStarted() {
        sessions.incrementAndGet();
    }

    @Override
    public void hop(String screen, Duration took) {
        hops.incrementAndGet();
    }

    @Override
    public void sessionEnded(Duration length) {
        ended.incrementAndGet();
    }

    @Override
    public void error() {
        errors.incrementAndGet();
    }
}
