package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.application.voice.port.out.VoiceCalls;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.testdata.ContractBuilder;
import com.voicepact.domain.voice.VoiceCall;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class VoiceCallsContractTest {

    private static final Instant T0 = ContractBuilder.T0;
    private static final Duration LEASE = Duration.ofMinutes(10);

    protected abstract VoiceCalls calls();

    protected abstract void reset();

    @BeforeEach
    void empty() {
        reset();
    }

    private VoiceCall started(String id, String session) {
        return VoiceCall.start(
                id,
                session,
                List.of(
                        Party.of(ContractBuilder.BUYER, PartyRole.BUYER, "Amina | \"Mama\" Njeri"),
                        Party.of(ContractBuilder.SELLER, PartyRole.SELLER, "Juma")),
                ContractType.AGRICULTURAL_SUPPLY,
                T0);
    }

    @Test
    void givenCallThroughItsLife_whenSavedAndRead_thenEveryFieldRoundTripsAndDueOnesAreFound() {
        VoiceCall call = calls().save(started("VC-1", "ATVId_1"));
        call.answered();
        call = calls().save(call);
        call.ended("https://voice.africastalking.com/rec/1.mp3", 95, "NORMAL_CLEARING", T0.plusSeconds(100));
        VoiceCall saved = calls().save(call);
        assertThat(calls().findBySessionId("ATVId_1"))
                .hasValueSatisfying(c -> assertThat(c.snapshot()).isEqualTo(saved.snapshot()));
        assertThat(calls().claimDue(T0.plusSeconds(99), LEASE, 10)).isEmpty();
        assertThat(calls().claimDue(T0.plusSeconds(100), LEASE, 10))
                .extracting(VoiceCall::snapshot)
                .containsExactly(saved.snapshot());
        saved.transcribed("maneno");
        saved.contractCreated(ContractId.of(2026, 1));
        calls().save(saved);
        assertThat(calls().claimDue(T0.plusSeconds(2000), LEASE, 10)).isEmpty();
        assertThat(calls().findById("VC-1").orElseThrow().parties().get(0).name())
                .isEqualTo("Amina | \"Mama\" Njeri");
    }

    @Test
    void givenTwoCopies_whenBothSaved_thenTheStaleOneIsRefused() {
        calls().save(started("VC-2", "ATVId_2"));
        VoiceCall a = calls().findById("VC-2").orElseThrow();
        VoiceCall b = calls().findById("VC-2").orElseThrow();
        a.answered();
        calls().save(a);
        b.ended(null, 0, "NO_ANSWER", T0);
        assertThatThrownBy(() -> calls().save(b)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(calls().findById("nope")).isEmpty();
    }

    private VoiceCall recorded(String id, String session, Instant at) {
        VoiceCall call = calls().save(started(id, session));
        call.ended("https://voice.africastalking.com/rec/" + id + ".mp3", 30, "NORMAL_CLEARING", at);
        return calls().save(call);
    }

    @Test
    void givenDueRecordings_whenClaimed_thenEachIsLeasedToOneClaimerUntilTheLeaseEndsOrTheCallIsSaved() {
        recorded("VC-3", "ATVId_3", T0);
        recorded("VC-4", "ATVId_4", T0.plusSeconds(1));
        assertThat(calls().claimDue(T0.plusSeconds(5), LEASE, 1))
                .extracting(VoiceCall::id)
                .containsExactly("VC-3");
        assertThat(calls().claimDue(T0.plusSeconds(6), LEASE, 10))
                .as("VC-3 is leased")
                .extracting(VoiceCall::id)
                .containsExactly("VC-4");
        assertThat(calls().claimDue(T0.plusSeconds(7), LEASE, 10))
                .as("both leased")
                .isEmpty();
        assertThat(calls().claimDue(T0.plusSeconds(5).plus(LEASE), LEASE, 10))
                .as("a lease ends after its time, not at it")
                .isEmpty();
        assertThat(calls().claimDue(T0.plusSeconds(6).plus(LEASE), LEASE, 10))
                .as("VC-3's lease ran out")
                .extracting(VoiceCall::id)
                .containsExactly("VC-3");

        VoiceCall failing = calls().findById("VC-4").orElseThrow();
        failing.processingFailed("speech-to-text down", T0.plusSeconds(8));
        calls().save(failing);
        Instant retry = calls().findById("VC-4").orElseThrow().snapshot().nextAttemptAt();
        assertThat(retry).isBefore(T0.plusSeconds(6).plus(LEASE));
        assertThat(calls().claimDue(retry, LEASE, 10))
                .as("the save ended the lease; the retry is due")
                .extracting(VoiceCall::id)
                .containsExactly("VC-4");
    }

    @Test
    void givenOneDueRecording_whenEightDispatchersClaimAtOnce_thenExactlyOneGetsIt() {
        recorded("VC-5", "ATVId_5", T0);
        CyclicBarrier together = new CyclicBarrier(8);
        List<CompletableFuture<List<VoiceCall>>> claims = new ArrayList<>();
        ExecutorService dispatchers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            claims.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            together.await(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return calls().claimDue(T0.plusSeconds(1), LEASE, 10);
                    },
                    dispatchers));
        }
        try {
            CompletableFuture.allOf(claims.toArray(CompletableFuture[]::new))
                    .orTimeout(60, TimeUnit.SECONDS)
                    .join();
        } finally {
            dispatchers.shutdownNow();
        }
        assertThat(claims.stream().mapToInt(c -> c.join().size()).sum()).isEqualTo(1);
    }
}
