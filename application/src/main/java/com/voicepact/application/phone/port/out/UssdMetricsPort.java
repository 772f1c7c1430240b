package com.voicepact.application.phone.port.out;

import java.time.Duration;

/** What the USSD channel reports for monitoring: sessions, hops, their time, the paths taken, errors. */
public interface UssdMetricsPort {

    void sessionStarted();

    void hop(String screen, Duration took);

    void sessionEnded(Duration length);

    void error();
}
