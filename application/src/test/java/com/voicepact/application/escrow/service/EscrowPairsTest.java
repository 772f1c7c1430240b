package com.voicepact.application.escrow.service;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.voicepact.application.fakes.EscrowPairs;
import com.voicepact.application.fakes.EscrowPairs.Outcome;
import com.voicepact.application.fakes.EscrowPairs.Pair;
import com.voicepact.application.fakes.EscrowPairs.Run;
import com.voicepact.application.fakes.InMemoryVoicePact;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The race table of issue 10 in memory, one action after the other, in both orders: accept (API,
 * SMS), dispute (API, SMS), the operator's release, each resolution, the payout notification and the
 * escrow-timeout job, from each start. The same table runs on PostgreSQL, also with both at once.
 */
class EscrowPairsTest {

    @TestFactory
    Stream<DynamicTest> everyPairOneAfterTheOther_thenMoneyIsConservedSettledRecordedAndToldTruly() {
        return EscrowPairs.orderedPairs().stream().map(pair -> dynamicTest(pair.toString(), () -> play(pair)));
    }

    static void play(Pair pair) {
        InMemoryVoicePact app = new InMemoryVoicePact();
        Run run = EscrowPairs.start(
                pair.start(),
                app.escrowPorts,
                app.clock,
                app.providerEvents,
                app.idempotencyKeys,
                app.ids,
                app.smsLog,
                app.auditLog);
        Outcome first = run.perform(pair.first());
        Outcome second = run.perform(pair.second());
        run.goQuiet();
        try {
            run.check();
        } catch (AssertionError broken) {
            throw new AssertionError(pair + " -> " + first + ", " + second + ": " + broken.getMessage(), broken);
        }
    }
}
