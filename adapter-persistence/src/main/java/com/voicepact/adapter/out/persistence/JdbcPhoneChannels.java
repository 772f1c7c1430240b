package com.voicepact.adapter.out.persistence;

import com.voicepact.adapter.out.persistence.PhoneChannelEntities.LanguageRepository;
import com.voicepact.adapter.out.persistence.PhoneChannelEntities.UssdSessionEntity;
import com.voicepact.adapter.out.persistence.PhoneChannelEntities.UssdSessionRepository;
import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.application.phone.port.out.UssdSession;
import com.voicepact.application.phone.port.out.UssdSessions;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.messaging.Language;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

/** The USSD channel's tables behind their ports: sessions and each phone's language (the SMS log is {@link JdbcSmsLog}). */
final class JdbcPhoneChannels {

    private JdbcPhoneChannels() {}

    @Singleton
    static final class Sessions implements UssdSessions {
        private final UssdSessionRepository repository;
        private final TransactionOperations<Connection> tx;
        private final UssdSessionCache cache;

        Sessions(UssdSessionRepository repository, TransactionOperations<Connection> tx) {
            this.repository = repository;
            this.tx = tx;
            this.cache = new UssdSessionCache(tx);
        }

        /** This node's copy when it has one (see {@link UssdSessionCache} for why that is safe), else the stored row. */
        @Override
        public Optional<UssdSession> find(String sessionId) {
            Optional<UssdSession> copy = cache.find(sessionId);
            if (copy.isPresent()) {
                return copy;
            }
            // one statement: outside a transaction it runs on an auto-commit connection (no BEGIN/COMMIT round trip)
            Optional<UssdSession> stored = repository.findById(sessionId).map(Sessions::toDomain);
            stored.ifPresent(cache::read);
            return stored;
        }

        /** Stored versions start at 0 with Micronaut Data; the port's start at 1 (0 = never saved). */
        @Override
        public UssdSession save(UssdSession session) {
            UssdSessionEntity entity = new UssdSessionEntity(
                    session.sessionId(),
                    Math.max(session.version() - 1, 0),
                    session.phone(),
                    session.state(),
                    session.lastText(),
                    session.lastScreen(),
                    session.startedAt(),
                    session.updatedAt(),
                    session.hops());
            // a conflict: a stale version or a session id inserted twice
            try {
                UssdSession saved = DatabaseFailures.write(
                        tx,
                        "USSD session " + session.sessionId(),
                        s -> toDomain(session.version() == 0 ? repository.save(entity) : repository.update(entity)),
                        UniqueKey.primaryKey("ussd_sessions", "session_id", "started by another hop"));
                cache.written(saved);
                return saved;
            } catch (RuntimeException refused) {
                cache.forget(session.sessionId());
                throw refused;
            }
        }

        /** Forgets this node's copies: for a store whose rows were removed behind the adapter's back (a restore). */
        void forgetCopies() {
            cache.forgetAll();
        }

        @Override
        public int deleteUpdatedBefore(Instant before) {
            return tx.executeWrite(s -> repository.deleteUpdatedBefore(before));
        }

        private static UssdSession toDomain(UssdSessionEntity e) {
            return new UssdSession(
                    e.sessionId(),
                    e.phone(),
                    e.state(),
                    e.lastText(),
                    e.lastScreen(),
                    e.startedAt(),
                    e.updatedAt(),
                    e.hops(),
                    e.version() + 1);
        }
    }

    @Singleton
    static final class Languages implements LanguagePreferences {
        private final LanguageRepository repository;
        private final TransactionOperations<Connection> tx;

        Languages(LanguageRepository repository, TransactionOperations<Connection> tx) {
            this.repository = repository;
            this.tx = tx;
        }

        @Override
        public Optional<Language> languageOf(PhoneNumber phone) {
            // one statement: outside a transaction it runs on an auto-commit connection (no BEGIN/COMMIT round trip)
            return repository.findById(phone.e164()).map(e -> Language.parse(e.language()));
        }

        @Override
        public void choose(PhoneNumber phone, Language language) {
            tx.executeWrite(s -> {
                Instant now = Instant.now();
                if (repository.change(phone.e164(), language.name(), now) == 0
                        && repository.insertIfAbsent(phone.e164(), language.name(), now) == 0) {
                    repository.change(phone.e164(), language.name(), now); // another node inserted it meanwhile
                }
                return null;
            });
        }
    }
}
