package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.phone.port.out.SmsGatewayPort;
import com.voicepact.application.phone.port.out.SmsGatewayPort.SmsRequest;
import com.voicepact.application.phone.port.shared.RecipientResult;
import com.voicepact.application.phone.port.shared.RecipientStatus;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.common.PhoneNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every SMS gateway must do, in the port's terms; subclassed once per implementation (the recording
 * fake, AT's adapter against a local server speaking AT's messaging API). The outbox relies on it: one
 * result per recipient, a message id for each one the provider took, a refusal per recipient with its
 * reason (and {@link SmsGatewayPort#send} turning it into a {@link GatewayException}), and an unreachable
 * provider as a {@link GatewayException}, never as an empty answer.
 */
public abstract class SmsGatewayContractTest {

    protected static final PhoneNumber AMINA = new PhoneNumber("+254712345678");
    protected static final PhoneNumber JOHN = new PhoneNumber("+254722000111");

    /** A gateway whose provider takes messages for any recipient but {@link #refusedRecipient()}. */
    protected abstract SmsGatewayPort gateway();

    /** A gateway whose provider cannot be reached. */
    protected abstract SmsGatewayPort unreachableGateway();

    /** A recipient the provider refuses (on AT: an invalid or blacklisted number). */
    protected abstract PhoneNumber refusedRecipient();

    @Test
    void givenTwoRecipients_whenSentAsOneMessage_thenOneResultPerRecipientInOrder_eachTakenWithItsOwnMessageId() {
        List<RecipientResult> results = gateway().sendMany(new SmsRequest(List.of(AMINA, JOHN), "Habari", null, false));

        assertThat(results).extracting(RecipientResult::phone).containsExactly(AMINA, JOHN);
        assertThat(results)
                .extracting(RecipientResult::status)
                .allMatch(status -> status == RecipientStatus.SENT || status == RecipientStatus.QUEUED);
        assertThat(results)
                .extracting(RecipientResult::messageId)
                .doesNotContainNull()
                .doesNotHaveDuplicates()
                .allMatch(id -> !id.isBlank());
    }

    @Test
    void givenOneRecipient_whenSent_thenTheProvidersMessageId() {
        assertThat(gateway().send(AMINA, "Mkataba tayari")).isNotBlank();
    }

    @Test
    void givenARefusedRecipientAmongOthers_whenSent_thenOnlyThatOneIsRejected_withAReason() {
        List<RecipientResult> results =
                gateway().sendMany(new SmsRequest(List.of(AMINA, refusedRecipient()), "Habari", null, false));

        assertThat(results).hasSize(2);
        assertThat(results.get(0).status()).isNotEqualTo(RecipientStatus.REJECTED);
        assertThat(results.get(1).status()).isEqualTo(RecipientStatus.REJECTED);
        assertThat(results.get(1).reason()).isNotBlank();
    }

    @Test
    void givenARefusedRecipient_whenSentToItAlone_thenAGatewayExceptionTheOutboxRetries() {
        assertThatThrownBy(() -> gateway().send(refusedRecipient(), "Habari"))
                .isInstanceOf(GatewayException.class)
                .hasMessageContaining("rejected");
    }

    @Test
    void givenTheProviderUnreachable_whenSent_thenAGatewayException_notAnEmptyAnswer() {
        assertThatThrownBy(() -> unreachableGateway().sendMany(new SmsRequest(List.of(AMINA), "Habari", null, false)))
                .isInstanceOf(GatewayException.class);
    }
}
