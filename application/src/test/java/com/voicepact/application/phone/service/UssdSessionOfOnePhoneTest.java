package com.voicepact.application.phone.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.phone.port.in.UssdRequest;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import org.junit.jupiter.api.Test;

/**
 * A USSD session id is one phone's: the same id and text from another phone (a forged or mixed-up request) is not
 * answered as that session's resend, sees nothing of it and changes nothing (found by the issue 14 fresh-eyes check:
 * another phone got the owner's contract screen).
 */
class UssdSessionOfOnePhoneTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final ContractId id =
            app.create.create(CreateContractCommands.maizeDeal()).id();

    private String hop(PhoneNumber phone, String text) {
        return app.ussd.handle(new UssdRequest("ONE", "*384*123#", phone, "63902", text));
    }

    @Test
    void
            givenTheOwnersContractScreen_whenAnotherPhoneResendsOrConfirmsOnItsSession_thenItSeesNothingAndNothingIsDone() {
        hop(BUYER, "");
        hop(BUYER, "1");
        String owners = hop(BUYER, "1*1");

        String resent = hop(STRANGER, "1*1");
        String confirmed = hop(STRANGER, "1*1*1");

        assertThat(owners).contains(id.value());
        assertThat(resent).isEqualTo("END This session belongs to another phone. Please dial again.");
        assertThat(confirmed).isEqualTo(resent);
        assertThat(app.queries.get(id).agreement().confirmations()).isEmpty();
        assertThat(hop(BUYER, "1*1")).isEqualTo(owners);
        assertThat(hop(BUYER, "1*1*1")).startsWith("END ");
        assertThat(app.queries.get(id).agreement().confirmations()).hasSize(1);
    }
}
