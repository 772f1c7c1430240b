package com.voicepact.application.phone.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.phone.port.in.UssdRequest;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import org.junit.jupiter.api.Test;

/** "Check Payments" on the real escrow: a contract of KES 175,000 with KES 9,000 paid in shows what is held and owed. */
class UssdCheckPaymentsTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();

    @Test
    void givenKes9000LockedOfAKes175000Contract_whenTheBuyerChecksPayments_thenHeld9000AndOwed166000() {
        EscrowScenario escrow = new EscrowScenario(app);
        ContractId contract = escrow.confirmedContract();
        EscrowPayment payment = escrow.checkout(contract, "9000").payment();
        escrow.providerConfirms(payment);
        app.ussd.handle(new UssdRequest("P1", "*384*123#", BUYER, "63902", ""));

        String screen = app.ussd.handle(new UssdRequest("P1", "*384*123#", BUYER, "63902", "3"));

        assertThat(screen)
                .isEqualTo("CON Payments:\n" + contract.value().substring(3)
                        + " KES 175,000\nheld 9,000, owed 166,000\n" + "0. Back 00. Home");
    }
}
