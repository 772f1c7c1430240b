package com.voicepact.application.shared.port.out;

import java.time.Instant;
import java.time.ZoneId;

/** The current time and the deployment's time zone; the only source of "now". */
public interface ClockPort {

    Instant now();

    ZoneId zone();
}
