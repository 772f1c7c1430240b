package com.voicepact.application.console.port.out;

import com.voicepact.domain.console.OperatorSession;
import java.time.Instant;
import java.util.Optional;

/**
 * The console sessions, shared by every node of the service (a session begun on one node is honoured on all).
 * Sessions are found by the hash of their token only.
 */
public interface OperatorSessions {

    /** Stores a new session; a session with the same token hash is replaced. */
    void save(OperatorSession session);

    Optional<OperatorSession> find(String tokenHash);

    /** Moves the session's last-seen time forward to {@code at} (never back); an unknown hash is ignored. */
    void touch(String tokenHash, Instant at);

    /** Deletes the session; an unknown hash is ignored. */
    void delete(String tokenHash);

    /**
     * Deletes every session last seen before {@code lastSeenBefore} or begun before {@code signedInBefore} (sessions
     * past their idle or absolute expiry).
     *
     * @return how many were deleted
     */
    int deleteExpired(Instant lastSeenBefore, Instant signedInBefore);
}
