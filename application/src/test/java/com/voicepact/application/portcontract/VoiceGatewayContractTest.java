package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.voice.port.out.VoiceGatewayPort;
import com.voicepact.application.voice.port.out.VoiceGatewayPort.CallEntry;
import com.voicepact.domain.common.PhoneNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every voice gateway must do, in the port's terms; subclassed once per implementation (the fake,
 * AT's adapter against a local server speaking AT's voice API). The conference use case relies on it:
 * one entry per phone called, a session id for each call the provider queued and none for a number it
 * will not call, and an unreachable provider as a {@link GatewayException}.
 */
public abstract class VoiceGatewayContractTest {

    protected static final PhoneNumber AMINA = new PhoneNumber("+254712345678");
    protected static final PhoneNumber JOHN = new PhoneNumber("+254722000111");

    /** A gateway whose provider calls any number but {@link #uncallableNumber()}. */
    protected abstract VoiceGatewayPort gateway();

    /** A gateway whose provider cannot be reached. */
    protected abstract VoiceGatewayPort unreachableGateway();

    /** A number the provider answers for but will not call (on AT: {@code InvalidPhoneNumber}). */
    protected abstract PhoneNumber uncallableNumber();

    @Test
    void givenTwoPhones_whenCalled_thenOneEntryPerPhoneInOrder_eachQueuedWithItsOwnSession() {
        List<CallEntry> entries = gateway().call(List.of(AMINA, JOHN), "conference-1");

        assertThat(entries).extracting(CallEntry::phone).containsExactly(AMINA, JOHN);
        assertThat(entries)
                .extracting(CallEntry::sessionId)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
        assertThat(entries).extracting(CallEntry::status).containsOnly("Queued");
    }

    @Test
    void givenANumberTheProviderWillNotCall_whenCalled_thenItsEntryHasAStatusAndNoSession() {
        List<CallEntry> entries = gateway().call(List.of(uncallableNumber()), "conference-2");

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.sessionId()).isNull();
            assertThat(entry.status()).isNotBlank().isNotEqualTo("Queued");
        });
    }

    @Test
    void givenTheProviderUnreachable_whenCalled_thenAGatewayException() {
        assertThatThrownBy(() -> unreachableGateway().call(List.of(AMINA), "conference-3"))
                .isInstanceOf(GatewayException.class);
    }
}
