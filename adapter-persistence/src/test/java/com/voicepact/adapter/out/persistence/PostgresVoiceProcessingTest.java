package com.voicepact.adapter.out.persistence;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.ContractSettings;
import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.port.shared.ContractSearch;
import com.voicepact.application.contract.service.CreateContractService;
import com.voicepact.application.fakes.FakeVoiceProviders;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.MutableClock;
import com.voicepact.application.fakes.VoiceNode;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.application.voice.IncompleteDrafts;
import com.voicepact.application.voice.port.in.VoiceCallback;
import com.voicepact.application.voice.port.out.ContractDrafts;
import com.voicepact.application.voice.port.out.RecordingFetchPort;
import com.voicepact.application.voice.port.out.VoiceCalls;
import com.voicepact.application.voice.service.TranscriptContractService;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.testdata.ContractBuilder;
import com.voicepact.domain.voice.ProcessingStatus;
import com.voicepact.domain.voice.VoiceCall;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * A recording turns into at most one contract on a real PostgreSQL: two dispatchers (nodes) racing
 * for the same recording, a node that crashes between "contract created" and "call marked" and is
 * reprocessed, a node that stalls past its lease while another finishes the work, and two nodes
 * inside the final step at once (the second after the first's lease ran out).
 */
class PostgresVoiceProcessingTest {

    private static final String SAID =
            "okay so i am selling you 100 bags of maize at 3500 shillings per bag and you will pick them "
                    + "at nakuru depot by april 15";
    private static final String URL = "https://voice.africastalking.com/rec/race.mp3";
    private final ApplicationContext context = TestDatabases.postgres();
    private final MutableClock clock = new MutableClock(ContractBuilder.T0);
    private final FakeVoiceProviders providers = new FakeVoiceProviders();
    private TranscriptContractService transcripts;
    private Messenger messenger;
    private AuditTrail trail;
    private VoiceCall call;

    @BeforeEach
    void recordedCallOnPostgres() {
        TestDatabases.truncate(context);
        TransactionPort transactions = context.getBean(TransactionPort.class);
        trail = new AuditTrail(
                context.getBean(com.voicepact.application.audit.port.out.AuditLog.class),
                new AuditChain(InMemoryVoicePact.AUDIT_KEY),
                clock);
        messenger = new Messenger(
                context.getBean(OutboxMessages.class), context.getBean(LanguagePreferences.class), clock, Language.EN);
        CreateContractService create = new CreateContractService(
                context.getBean(Contracts.class),
                context.getBean(ContractIdPort.class),
                clock,
                transactions,
                trail,
                ContractSettings.defaults(),
                messenger);
        transcripts = new TranscriptContractService(
                create,
                new IncompleteDrafts(
                        context.getBean(ContractIdPort.class),
                        context.getBean(ContractDrafts.class),
                        messenger,
                        clock,
                        ContractSettings.defaults().confirmationWindow()),
                clock);
        VoiceNode node = node(calls(), providers);
        call = node.start(
                List.of(Party.of(BUYER, PartyRole.BUYER, "Amina"), Party.of(SELLER, PartyRole.SELLER, "Juma")),
                ContractType.AGRICULTURAL_SUPPLY);
        node.handle(new VoiceCallback(call.sessionId(), true, BUYER.e164(), null, null, null, null));
        providers.record(URL, SAID);
        node.handle(new VoiceCallback(call.sessionId(), false, BUYER.e164(), null, URL, 95, "NORMAL_CLEARING"));
    }

    private VoiceCalls calls() {
        return context.getBean(VoiceCalls.class);
    }

    private VoiceNode node(VoiceCalls calls, RecordingFetchPort fetch) {
        return new VoiceNode(
                calls,
                providers,
                fetch,
                providers,
                transcripts,
                messenger,
                trail,
                clock,
                context.getBean(TransactionPort.class));
    }

    private long contracts() {
        return context.getBean(Contracts.class)
                .search(new ContractSearch(null, null, 100, 0))
                .total();
    }

    private long summaries() {
        return context.getBean(OutboxMessages.class).pending().stream()
                .map(com.voicepact.application.fakes.OutboxTexts::text)
                .filter(text -> text.startsWith("VoicePact Contract Summary:"))
                .count();
    }

    private void exactlyOneContractAndTheCallPointsToIt() {
        assertThat(contracts()).as("contracts from one recording").isEqualTo(1);
        VoiceCall stored = calls().findById(call.id()).orElseThrow();
        assertThat(stored.processing()).isEqualTo(ProcessingStatus.CONTRACT_CREATED);
        assertThat(context.getBean(Contracts.class).findById(stored.contractId()))
                .isPresent();
        assertThat(summaries()).as("one summary per party").isEqualTo(2);
    }

    @RepeatedTest(3)
    void givenTwoDispatchers_whenBothLookForDueRecordingsAtOnce_thenExactlyOneContract() {
        CyclicBarrier together = new CyclicBarrier(2);
        VoiceCalls racing = new LookTogether(calls(), together);
        VoiceNode first = node(racing, providers);
        VoiceNode second = node(racing, providers);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(first::processDue, nodes);
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(second::processDue, nodes);
            CompletableFuture.allOf(a, b).orTimeout(60, TimeUnit.SECONDS).join();
            assertThat(a.join() + b.join())
                    .as("recordings turned into a contract or a request")
                    .isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
        exactlyOneContractAndTheCallPointsToIt();
    }

    @Test
    void givenANodeThatCrashesBetweenContractCreatedAndCallMarked_whenReprocessed_thenExactlyOneContract() {
        VoiceNode crashing = node(new CrashBeforeMarking(calls()), providers);
        assertThatThrownBy(crashing::processDue).hasMessageContaining("node crashed");

        clock.advance(Duration.ofMinutes(30));
        assertThat(node(calls(), providers).processDue()).isEqualTo(1);
        exactlyOneContractAndTheCallPointsToIt();
        assertThat(node(calls(), providers).processDue())
                .as("nothing left to do")
                .isZero();
    }

    @Test
    void givenACallWithoutPriceAndANodeThatCrashesBeforeMarkingIt_whenReprocessed_thenExactlyOneDraftAndOneAskEach() {
        providers.record(URL, "nitakuuzia magunia mia moja ya mahindi, tutaongea kuhusu bei kesho");
        VoiceNode crashing = node(new CrashBeforeMarking(calls()), providers);
        assertThatThrownBy(crashing::processDue).hasMessageContaining("node crashed");
        assertThat(TestDatabases.count(context, "contract_drafts"))
                .as("the crash left no draft")
                .isZero();

        clock.advance(Duration.ofMinutes(30));
        assertThat(node(calls(), providers).processDue()).isEqualTo(1);
        assertThat(node(calls(), providers).processDue())
                .as("nothing left to do")
                .isZero();
        assertThat(TestDatabases.count(context, "contract_drafts"))
                .as("drafts from one recording")
                .isEqualTo(1);
        assertThat(contracts()).isZero();
        assertThat(calls().findById(call.id()).orElseThrow().processing()).isEqualTo(ProcessingStatus.INCOMPLETE);
        assertThat(context.getBean(OutboxMessages.class).pending().stream()
                        .map(com.voicepact.application.fakes.OutboxTexts::text)
                        .filter(text -> text.contains("No need to call again: reply PRICE-AG-"))
                        .count())
                .as("one request for the price per party")
                .isEqualTo(2);
    }

    @Test
    void givenANodeStalledPastItsLease_whenAnotherNodeFinishesFirst_thenTheStalledOneCreatesNothing() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        RecordingFetchPort slow = url -> {
            fetching.countDown();
            await(resume);
            return providers.fetch(url);
        };
        ExecutorService stalledNode = Executors.newSingleThreadExecutor();
        CompletableFuture<Integer> stalled =
                CompletableFuture.supplyAsync(() -> node(calls(), slow).processDue(), stalledNode);
        await(fetching);

        clock.advance(Duration.ofMinutes(30));
        assertThat(node(calls(), providers).processDue())
                .as("the other node takes the recording over")
                .isEqualTo(1);
        resume.countDown();
        try {
            assertThat(stalled.get(60, TimeUnit.SECONDS))
                    .as("the stalled node finds the work done")
                    .isZero();
        } finally {
            stalledNode.shutdownNow();
        }
        exactlyOneContractAndTheCallPointsToIt();
    }

    @RepeatedTest(3)
    void givenTwoNodesInTheFinalStepAtOnce_whenBothWouldCreateTheContract_thenTheLoserRollsBackAndExactlyOneContract()
            throws Exception {
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondClaimed = new CountDownLatch(1);
        RecordingFetchPort first = url -> {
            firstClaimed.countDown();
            await(secondClaimed);
            return providers.fetch(url);
        };
        RecordingFetchPort second = url -> {
            secondClaimed.countDown();
            return providers.fetch(url);
        };
        VoiceCalls readTogether = new ReadTogether(calls(), new CyclicBarrier(2));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(
                    () -> node(readTogether, first).processDue(), nodes);
            await(firstClaimed);
            clock.advance(Duration.ofMinutes(30));
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(
                    () -> node(readTogether, second).processDue(), nodes);
            CompletableFuture.allOf(a, b).orTimeout(60, TimeUnit.SECONDS).join();
            assertThat(a.join() + b.join())
                    .as("one node drafted, the other found it done")
                    .isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
        exactlyOneContractAndTheCallPointsToIt();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS))
                    .as("the other thread got there")
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Both dispatchers ask for due recordings at the same moment, and both have their answer before either goes on. */
    private static final class LookTogether implements VoiceCalls {
        private final VoiceCalls delegate;
        private final CyclicBarrier together;

        LookTogether(VoiceCalls delegate, CyclicBarrier together) {
            this.delegate = delegate;
            this.together = together;
        }

        @Override
        public List<VoiceCall> claimDue(Instant now, Duration lease, int limit) {
            meet();
            List<VoiceCall> due = delegate.claimDue(now, lease, limit);
            meet();
            return due;
        }

        private void meet() {
            try {
                together.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other dispatcher never came", e);
            }
        }

        @Override
        public VoiceCall save(VoiceCall call) {
            return delegate.save(call);
        }

        @Override
        public Optional<VoiceCall> findById(String id) {
            return delegate.findById(id);
        }

        @Override
        public Optional<VoiceCall> findBySessionId(String sessionId) {
            return delegate.findBySessionId(sessionId);
        }
    }

    /** Each node's first read of the call (the final step's) waits for the other's: both start it from the same version. */
    private static final class ReadTogether implements VoiceCalls {
        private final VoiceCalls delegate;
        private final CyclicBarrier together;
        private final ThreadLocal<Boolean> waited = ThreadLocal.withInitial(() -> false);

        ReadTogether(VoiceCalls delegate, CyclicBarrier together) {
            this.delegate = delegate;
            this.together = together;
        }

        @Override
        public Optional<VoiceCall> findById(String id) {
            Optional<VoiceCall> read = delegate.findById(id);
            if (!waited.get()) {
                waited.set(true);
                try {
                    together.await(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other node never read the call", e);
                }
            }
            return read;
        }

        @Override
        public VoiceCall save(VoiceCall call) {
            return delegate.save(call);
        }

        @Override
        public Optional<VoiceCall> findBySessionId(String sessionId) {
            return delegate.findBySessionId(sessionId);
        }

        @Override
        public List<VoiceCall> claimDue(Instant now, Duration lease, int limit) {
            return delegate.claimDue(now, lease, limit);
        }
    }

    /** The process dies when it is about to mark the call as turned into a contract (once). */
    private static final class CrashBeforeMarking implements VoiceCalls {
        private final VoiceCalls delegate;
        private final AtomicBoolean crashed = new AtomicBoolean();

        CrashBeforeMarking(VoiceCalls delegate) {
            this.delegate = delegate;
        }

        @Override
        public VoiceCall save(VoiceCall call) {
            if ((call.processing() == ProcessingStatus.CONTRACT_CREATED
                            || call.processing() == ProcessingStatus.INCOMPLETE)
                    && crashed.compareAndSet(false, true)) {
                throw new IllegalStateException("node crashed");
            }
            return delegate.save(call);
        }

        @Override
        public List<VoiceCall> claimDue(Instant now, Duration lease, int limit) {
            return delegate.claimDue(now, lease, limit);
        }

        @Override
        public Optional<VoiceCall> findById(String id) {
            return delegate.findById(id);
        }

        @Override
        public Optional<VoiceCall> findBySessionId(String sessionId) {
            return delegate.findBySessionId(sessionId);
        }
    }
}
