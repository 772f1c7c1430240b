package com.voicepact.adapter.out.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.voicepact.application.phone.port.out.UssdSession;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;

/**
 * This node's copy of the USSD sessions it last read or wrote, so that a hop on a session this node served before
 * (and every hop AT resends) needs no read of the database.
 *
 * <p>Why a possibly stale copy is safe: the database stays the one truth, and every write of a session is checked
 * against the version it was read at. When another node moved the session on meanwhile, the write is refused, the
 * copy forgotten, and the hop runs again on the stored session (the use case retries a conflict). A copy only ever
 * answers, without a write, a hop whose text equals its last text: the answer to exactly that hop.
 *
 * <p>A copy is kept only once its write is committed: a write inside a transaction is cached after the commit and
 * forgotten on a rollback, so a screen that was never stored is never replayed. Bounded in number and age (a session
 * expires after {@link UssdSession#EXPIRY} anyway), so it cannot grow without bound.
 */
final class UssdSessionCache {

    /** About 100 bytes plus the last screen (at most 182 characters) each: a few MB when full. */
    static final int MAXIMUM_SESSIONS = 20_000;

    private final Cache<String, UssdSession> sessions;
    private final TransactionOperations<Connection> tx;

    UssdSessionCache(TransactionOperations<Connection> tx) {
        this.tx = tx;
        this.sessions = Caffeine.newBuilder()
                .maximumSize(MAXIMUM_SESSIONS)
                .expireAfterWrite(UssdSession.EXPIRY.plus(Duration.ofMinutes(1)))
                .build();
    }

    Optional<UssdSession> find(String sessionId) {
        return Optional.ofNullable(sessions.getIfPresent(sessionId));
    }

    /** A session read from the database: its copy, unless a write of this node is pending (the write decides). */
    void read(UssdSession session) {
        if (tx.findTransactionStatus().isEmpty()) {
            sessions.put(session.sessionId(), session);
        }
    }

    /** A session written: cached now, or once its transaction commits (forgotten if it rolls back). */
    void written(UssdSession session) {
        var status = tx.findTransactionStatus();
        if (status.isEmpty()) {
            sessions.put(session.sessionId(), session);
            return;
        }
        sessions.invalidate(session.sessionId()); // until the commit, the copy is the old version
        status.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(Status completed) {
                if (completed == Status.COMMITTED) {
                    sessions.put(session.sessionId(), session);
                }
            }
        });
    }

    /** A write refused or undone: the copy may be stale, the next hop reads the database. */
    void forget(String sessionId) {
        sessions.invalidate(sessionId);
    }

    void forgetAll() {
        sessions.invalidateAll();
    }
}
