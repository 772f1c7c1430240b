package com.voicepact.application.phone.port.out;

import java.time.Instant;
import java.util.Optional;

/** USSD sessions, shared by every node through the database. */
public interface UssdSessions {

    Optional<UssdSession> find(String sessionId);

    /** Inserts (version 0) or updates at the loaded version; @throws ConcurrentUpdateException when another node moved on. */
    UssdSession save(UssdSession session);

    int deleteUpdatedBefore(Instant before);
}
