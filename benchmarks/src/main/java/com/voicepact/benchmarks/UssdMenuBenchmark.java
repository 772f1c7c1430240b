package com.voicepact.benchmarks;

import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.ussd.UssdContract;
import com.voicepact.domain.ussd.UssdMenu;
import com.voicepact.domain.ussd.UssdState;
import com.voicepact.domain.ussd.UssdStep;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pure USSD menu ({@link UssdMenu}) per hop, as {@code HandleUssdRequestService} uses it: the menu is built for
 * each hop from the caller's contracts (read from the database, not measured here), then asked for one screen. Each
 * benchmark includes building the menu. Average time per call in µs; with {@code -prof gc}, bytes allocated per call
 * ({@code gc.alloc.rate.norm}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class UssdMenuBenchmark {

    /** A caller with {@code contracts} contracts (see {@link MenuFixtures}), and the states a session is in. */
    @State(Scope.Benchmark)
    public static class Caller {

        @Param({"0", "5", "50"})
        public int contracts;

        List<UssdContract> snapshot;
        UssdState main;
        UssdState list;
        String listEncoded;

        @Setup
        public void setUp() {
            snapshot = MenuFixtures.contracts(contracts);
            main = UssdState.main();
            list = new UssdMenu(Language.EN, snapshot).next(main, "1").state();
            listEncoded = list.encode();
        }
    }

    /** A session's state on a contract's screen (id, page, origin, the fingerprint shown), and its stored text. */
    @State(Scope.Benchmark)
    public static class Stored {

        UssdState detail;
        String encoded;

        @Setup
        public void setUp() {
            List<UssdContract> snapshot = MenuFixtures.contracts(5);
            UssdMenu menu = new UssdMenu(Language.EN, snapshot);
            detail = menu.next(menu.next(UssdState.main(), "1").state(), "1").state();
            encoded = detail.encode();
        }
    }

    /** First hop: the main menu. */
    @Benchmark
    public UssdStep start(Caller caller) {
        return new UssdMenu(Language.EN, caller.snapshot).start();
    }

    /** "1" on the main menu: the first page of the caller's open contracts. */
    @Benchmark
    public UssdStep list(Caller caller) {
        return new UssdMenu(Language.EN, caller.snapshot).next(caller.main, "1");
    }

    /** "1" on the list: the newest open contract's screen, its terms and the actions the caller may take. */
    @Benchmark
    public UssdStep detail(Caller caller) {
        return new UssdMenu(Language.EN, caller.snapshot).next(caller.list, "1");
    }

    /** "3" on the main menu: "Check Payments", every contract with money summed and packed into screens. */
    @Benchmark
    public UssdStep payments(Caller caller) {
        return new UssdMenu(Language.EN, caller.snapshot).next(caller.main, "3");
    }

    /** The menu's share of a whole hop: the stored state decoded, the menu built and stepped, the new state encoded. */
    @Benchmark
    public String hop(Caller caller) {
        UssdState state = UssdState.decode(caller.listEncoded);
        return new UssdMenu(Language.EN, caller.snapshot)
                .next(state, "1")
                .state()
                .encode();
    }

    /** The session's state as stored between hops. */
    @Benchmark
    public String encode(Stored stored) {
        return stored.detail.encode();
    }

    /** The session's stored text read back. */
    @Benchmark
    public UssdState decode(Stored stored) {
        return UssdState.decode(stored.encoded);
    }
}
