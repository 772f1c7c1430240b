package com.voicepact.adapter.out.mpesa;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.OutboxTexts;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A failed STK push, as Daraja's callback says it, ends in an SMS to the payer with the reason in their language: the
 * adapter maps the result code to a neutral reason ({@link DarajaResultCodes}), the settle use case fails the checkout and
 * the application picks the reason's words from the domain's Catalog.
 */
class DarajaFailureSmsTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);
    private final DarajaSettlements settlements = new DarajaSettlements(new DarajaMemory());

    @ParameterizedTest(name = "STK {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1032|Request cancelled by user|the payment was cancelled on the phone|malipo yalisitishwa kwenye simu",
                "2001|The initiator information is invalid.|the M-Pesa PIN entered was wrong|PIN ya M-Pesa iliyoingizwa si sahihi",
                "1037|DS timeout user cannot be reached|the phone could not be reached (switched off or no answer)"
                        + "|simu haikupatikana (imezimwa au haikujibu)",
                "1|The balance is insufficient for the transaction|there was not enough money in the M-Pesa account"
                        + "|hakuna pesa za kutosha kwenye akaunti ya M-Pesa",
                "17|Rule limited.|M-Pesa refused the same amount again within 2 minutes|M-Pesa ilikataa kiasi kilekile tena ndani ya dakika 2",
                "1025|An error occurred while sending a push request|M-Pesa was busy|M-Pesa ilikuwa na shughuli nyingi"
            })
    void givenAFailedStkCallback_thenThePayerReadsTheReason_inEnglishOrSwahili(
            String code, String desc, String english, String swahili) {
        ContractId contract = scenario.confirmedContract();
        EscrowPayment payment = scenario.checkout(contract, "9000").payment();

        app.notifications.settle(
                settlements.stkCallback(stkFailure(payment, code, desc)).orElseThrow());

        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(smsToBuyer())
                .filteredOn(t -> t.startsWith("VoicePact Payment Failed:"))
                .singleElement()
                .asString()
                .contains("Contract: " + contract, "Amount: KES 9,000.00", "Reason: " + english + "\n");

        app.languages.choose(BUYER, Language.SW);
        EscrowPayment second = scenario.checkout(contract, "9001").payment();
        app.notifications.settle(
                settlements.stkCallback(stkFailure(second, code, desc)).orElseThrow());

        assertThat(smsToBuyer())
                .filteredOn(t -> t.startsWith("VoicePact Malipo Hayakufanikiwa:"))
                .singleElement()
                .asString()
                .contains("Kiasi: KES 9,001.00", "Sababu: " + swahili + "\n");
    }

    @Test
    void givenTheSameFailureCallbackTwice_thenOneSms() {
        EscrowPayment payment =
                scenario.checkout(scenario.confirmedContract(), "9000").payment();
        String body = stkFailure(payment, "1032", "Request cancelled by user");

        app.notifications.settle(settlements.stkCallback(body).orElseThrow());
        app.notifications.settle(settlements.stkCallback(body).orElseThrow());

        assertThat(smsToBuyer())
                .filteredOn(t -> t.startsWith("VoicePact Payment Failed:"))
                .hasSize(1);
    }

    private static String stkFailure(EscrowPayment payment, String code, String desc) {
        return """
                {"Body":{"stkCallback":{"MerchantRequestID":"29115-34620561-1","CheckoutRequestID":"%s",\
                "ResultCode":%s,"ResultDesc":"%s"}}}""".formatted(payment.lifecycle().providerTransactionId().orElseThrow(), code, desc);
    }

    private List<String> smsToBuyer() {
        return app.outbox.pending().stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.SMS)
                .filter(m -> OutboxTexts.to(m).equals(BUYER.e164()))
                .map(m -> OutboxTexts.text(m))
                .toList();
    }
}
