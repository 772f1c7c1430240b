package com.voicepact.domain.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.DomainException;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.testdata.ContractBuilder;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The call's status machine: callbacks move it while it is on, processing moves a recording once, and nothing else. */
class VoiceCallTest {

    private static final Instant T0 = ContractBuilder.T0;
    private static final ContractId CONTRACT = ContractId.of(2026, 7);

    private static VoiceCall calling() {
        return VoiceCall.start(
                "VC-1",
                "ATVId_1",
                List.of(
                        Party.of(ContractBuilder.BUYER, PartyRole.BUYER, "A"),
                        Party.of(ContractBuilder.SELLER, PartyRole.SELLER, "J")),
                ContractType.AGRICULTURAL_SUPPLY,
                T0);
    }

    private static VoiceCall recorded() {
        VoiceCall call = calling();
        call.answered();
        call.ended("https://at.example/r.mp3", 30, "NORMAL_CLEARING", T0);
        return call;
    }

    private static VoiceCall failed() {
        VoiceCall call = calling();
        call.ended(null, 0, "NO_ANSWER", T0);
        return call;
    }

    private static VoiceCall processed() {
        VoiceCall call = recorded();
        call.transcribed("maneno");
        call.contractCreated(CONTRACT);
        return call;
    }

    private static VoiceCall incomplete() {
        VoiceCall call = recorded();
        call.transcribed("maneno");
        call.incomplete();
        return call;
    }

    private static VoiceCall givenUp() {
        VoiceCall call = recorded();
        for (int i = 0; i < VoiceCall.MAX_PROCESSING_ATTEMPTS; i++) {
            call.processingFailed("down", T0);
        }
        return call;
    }

    @Test
    void givenCallsBeforeProcessingCanStart_whenAProcessingStepIsApplied_thenRefusedAndNothingChanges() {
        List<Consumer<VoiceCall>> steps = List.of(
                c -> c.transcribed("x"),
                c -> c.contractCreated(CONTRACT),
                VoiceCall::incomplete,
                c -> c.processingFailed("e", T0));
        for (VoiceCall call : List.of(calling(), activeCall(), failed(), processed(), incomplete(), givenUp())) {
            for (Consumer<VoiceCall> step : steps) {
                VoiceCallSnapshot before = call.snapshot();
                assertThatThrownBy(() -> step.accept(call))
                        .as(before.status() + "/" + before.processing())
                        .isInstanceOf(IllegalCallTransitionException.class);
                assertThat(call.snapshot()).isEqualTo(before);
            }
        }
    }

    private static VoiceCall activeCall() {
        VoiceCall call = calling();
        call.answered();
        return call;
    }

    @Test
    void givenEndedCalls_whenACallbackMovesThem_thenCallFinished() {
        for (VoiceCall call : List.of(recorded(), failed(), processed())) {
            VoiceCallSnapshot before = call.snapshot();
            assertThatThrownBy(call::answered)
                    .isInstanceOf(CallFinishedException.class)
                    .isInstanceOf(IllegalCallTransitionException.class);
            assertThatThrownBy(() -> call.ended("u", 1, "X", T0)).isInstanceOf(CallFinishedException.class);
            assertThat(call.snapshot()).isEqualTo(before);
            assertThat(call.hasEnded()).isTrue();
        }
        assertThat(calling().hasEnded()).isFalse();
    }

    @Test
    void givenRecordedCall_whenProcessed_thenOnceOnly_andAContractIdIsRequired() {
        VoiceCall call = recorded();
        assertThat(call.isProcessingOpen()).isTrue();
        assertThatThrownBy(() -> call.contractCreated(null)).isInstanceOf(DomainException.class);
        call.processingFailed("down", T0);
        assertThat(call.isProcessingOpen()).isTrue();
        call.transcribed("maneno");
        call.contractCreated(CONTRACT);
        assertThat(call.isProcessingOpen()).isFalse();
        assertThat(call.contractId()).isEqualTo(CONTRACT);
    }

    @Test
    void givenARecordingUrl_whenTheCallEndsWithoutAnActiveCallbackSeen_thenTheRecordingIsKept() {
        VoiceCall call = calling();
        call.ended(" https://at.example/r.mp3 ", null, null, T0);
        assertThat(call.status()).isEqualTo(CallStatus.RECORDED);
        assertThat(call.recordingUrl()).isEqualTo("https://at.example/r.mp3");
        assertThat(call.awaitsProcessing(T0)).isTrue();
    }
}
