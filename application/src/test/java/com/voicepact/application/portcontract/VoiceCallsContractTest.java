package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.port.out.ConcurrentUpdateException;
import com.voicepact.application.port.out.VoiceCalls;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.testdata.ContractBuilder;
import com.voicepact.domain.voice.VoiceCall;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class VoiceCallsContractTest {

    private static final Instant T0 = ContractBuilder.T0;

    protected abstract VoiceCalls calls();

    protected abstract void reset();

    @BeforeEach
    void empty() {
        reset();
    }

    private VoiceCall started(String id, String session) {
        return VoiceCall.start(id, session, List.of(Party.of(ContractBuilder.BUYER, PartyRole.BUYER, "Amina | \"Mama\" Njeri"),
                Party.of(ContractBuilder.SELLER, PartyRole.SELLER, "Juma")), ContractType.AGRICULTURAL_SUPPLY, T0);
    }

    @Test
    void givenCallThroughItsLife_whenSavedAndRead_thenEveryFieldRoundTripsAndDueOnesAreFound() {
        VoiceCall call = calls().save(started("VC-1", "ATVId_1"));
        call.answered();
        call = calls().save(call);
        call.ended("https://voice.africastalking.com/rec/1.mp3", 95, "NORMAL_CLEARING", T0.plusSeconds(100));
        VoiceCall saved = calls().save(call);
        assertThat(calls().findBySessionId("ATVId_1")).hasValueSatisfying(c -> assertThat(c.snapshot()).isEqualTo(saved.snapshot()));
        assertThat(calls().findAwaitingProcessing(T0.plusSeconds(99), 10)).isEmpty();
        assertThat(calls().findAwaitingProcessing(T0.plusSeconds(100), 10)).extracting(VoiceCall::id).containsExactly("VC-1");
        saved.transcribed("maneno");
        saved.contractCreated(ContractId.of(2026, 1));
        calls().save(saved);
        assertThat(calls().findAwaitingProcessing(T0.plusSeconds(200), 10)).isEmpty();
        assertThat(calls().findById("VC-1").orElseThrow().parties().get(0).name()).isEqualTo("Amina | \"Mama\" Njeri");
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
}
