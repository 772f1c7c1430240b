package com.voicepact.application.phone.service;

import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.RecordingUssdMetrics;
import com.voicepact.application.phone.PartyActions;
import com.voicepact.application.phone.port.in.UssdRequest;
import com.voicepact.application.phone.port.out.UssdSession;
import com.voicepact.application.phone.port.out.UssdSessions;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A hop that loses a race is run again whole; what it counts outside the database is counted once. */
class UssdHopRetryTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final RecordingUssdMetrics metrics = new RecordingUssdMetrics();
    private final AtomicInteger racesToLose = new AtomicInteger();
    private final HandleUssdRequestService ussd = new HandleUssdRequestService(
            new LosingSessions(),
            app.contracts,
            app.payments,
            app.languages,
            app.messenger,
            app.clock,
            app.transactions,
            new PartyActions(app.decisions, app.decisions, app.delivery, app.delivery, app.disputes, app.amendTerms),
            metrics);

    @Test
    void givenTheFirstSaveOfANewSessionLosesARace_whenTheHopIsRunAgain_thenOneSessionStartedAndOneEndedAreCounted() {
        racesToLose.set(1);
        assertThat(ussd.handle(new UssdRequest("H1", "*384*123#", SELLER, "63902", "")))
                .startsWith("CON Welcome");
        racesToLose.set(1);
        assertThat(ussd.handle(new UssdRequest("H1", "*384*123#", SELLER, "63902", "0")))
                .startsWith("END ");

        assertThat(metrics.sessions).hasValue(1);
        assertThat(metrics.ended).hasValue(1);
        assertThat(metrics.hops).hasValue(2);
        assertThat(metrics.errors).hasValue(0);
    }

    /** The in-memory sessions, refusing a save as stale while races are left to lose. */
    private final class LosingSessions implements UssdSessions {
        @Override
        public Optional<UssdSession> find(String sessionId) {
            return app.ussdSessions.find(sessionId);
        }

        @Override
        public UssdSession save(UssdSession session) {
            if (racesToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new ConcurrentUpdateException("another node moved the session on", null);
            }
            return app.ussdSessions.save(session);
        }

        @Override
        public int deleteUpdatedBefore(Instant before) {
            return app.ussdSessions.deleteUpdatedBefore(before);
        }
    }
}
