package com.voicepact.adapter.out.persistence;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.port.out.IdempotencyKeys;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.fakes.EscrowPairs;
import com.voicepact.application.fakes.EscrowPairs.Action;
import com.voicepact.application.fakes.EscrowPairs.Outcome;
import com.voicepact.application.fakes.EscrowPairs.Pair;
import com.voicepact.application.fakes.EscrowPairs.Run;
import com.voicepact.application.fakes.EscrowPorts;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.MutableClock;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.testdata.ContractBuilder;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The race table of issue 10 on a real PostgreSQL: every pair of accept (API, SMS), dispute (API,
 * SMS), operator release, the three resolutions, payout notification and escrow-timeout job, from
 * each start, one after the other in both orders and both at once (each racer's first load of the
 * contract waits for the other's, so their writes really collide). After each: money conserved,
 * every payment settled or waiting for someone who will settle it, every notification recorded, both
 * parties told the truth; and two at once end as one of the two orders would.
 */
class PostgresEscrowPairsTest {

    private final ApplicationContext context = TestDatabases.postgres();

    @TestFactory
    Stream<DynamicTest> everyPairOneAfterTheOther_onPostgres() {
        return EscrowPairs.orderedPairs().stream()
                .map(pair -> dynamicTest(pair.toString(), () -> {
                    World world = world(pair.start());
                    Outcome first = world.run.perform(pair.first());
                    Outcome second = world.run.perform(pair.second());
                    settleAndCheck(world.run, pair + " -> " + first + ", " + second);
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyPairAtOnce_onPostgres() {
        return EscrowPairs.unorderedPairs().stream()
                .map(pair -> dynamicTest(pair + " (at once)", () -> {
                    World world = world(pair.start());
                    world.racing.race(2);
                    List<Outcome> outcomes;
                    ExecutorService pool = Executors.newFixedThreadPool(2);
                    try {
                        Future<Outcome> a = pool.submit(() -> racer(world, pair.first()));
                        Future<Outcome> b = pool.submit(() -> racer(world, pair.second()));
                        outcomes = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
                    } finally {
                        pool.shutdownNow();
                        world.racing.calm();
                    }
                    String described = pair + " at once -> " + outcomes + " (stale saves refused: "
                            + world.racing.staleSavesRefused() + ")";
                    settleAndCheck(world.run, described);
                    requireSerialisable(pair, outcomes, described);
                }));
    }

    private static Outcome racer(World world, Action action) {
        try {
            return world.run.perform(action);
        } finally {
            world.racing.leave();
        }
    }

    /**
     * Two actions at once must end as one of the two orders would (worked out on the in-memory ports):
     * never both applied where no order applies both, never both refused where one alone would win.
     */
    private static void requireSerialisable(Pair pair, List<Outcome> outcomes, String described) {
        List<String> atOnce = List.of(outcomes.get(0).kind(), outcomes.get(1).kind());
        List<String> inOrder = inMemory(pair.start(), pair.first(), pair.second());
        List<String> reversed = inMemory(pair.start(), pair.second(), pair.first());
        if (!atOnce.equals(inOrder) && !atOnce.equals(List.of(reversed.get(1), reversed.get(0)))) {
            throw new AssertionError(
                    described + ": one after the other they end " + inOrder + " or (reversed) " + reversed);
        }
    }

    private static List<String> inMemory(EscrowPairs.Start start, Action first, Action second) {
        InMemoryVoicePact app = new InMemoryVoicePact();
        Run run = EscrowPairs.start(
                start,
                app.escrowPorts,
                app.clock,
                app.providerEvents,
                app.idempotencyKeys,
                app.ids,
                app.smsLog,
                app.auditLog);
        return List.of(run.perform(first).kind(), run.perform(second).kind());
    }

    private static void settleAndCheck(Run run, String described) {
        run.goQuiet();
        try {
            run.check();
        } catch (AssertionError broken) {
            throw new AssertionError(described + ": " + broken.getMessage(), broken);
        }
    }

    private record World(Run run, LoadTogetherContracts racing) {}

    private World world(EscrowPairs.Start start) {
        TestDatabases.truncate(context);
        MutableClock clock = new MutableClock(ContractBuilder.T0);
        TransactionPort tx = context.getBean(TransactionPort.class);
        AuditLog auditLog = context.getBean(AuditLog.class);
        AuditTrail trail = new AuditTrail(auditLog, new AuditChain(InMemoryVoicePact.AUDIT_KEY), clock);
        Messenger messenger = new Messenger(
                context.getBean(OutboxMessages.class), context.getBean(LanguagePreferences.class), clock, Language.EN);
        LoadTogetherContracts racing = new LoadTogetherContracts(context.getBean(Contracts.class));
        EscrowPorts ports = new EscrowPorts(
                racing,
                context.getBean(Payments.class),
                context.getBean(LedgerPostings.class),
                context.getBean(OutboxMessages.class),
                clock,
                tx,
                trail,
                messenger);
        Run run = EscrowPairs.start(
                start,
                ports,
                clock,
                context.getBean(ProviderEvents.class),
                context.getBean(IdempotencyKeys.class),
                context.getBean(ContractIdPort.class),
                context.getBean(SmsLog.class),
                auditLog);
        return new World(run, racing);
    }
}
