package com.voicepact.application.escrow.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.escrow.FailureReasonTexts;
import com.voicepact.application.escrow.port.in.CheckoutRefusedException;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Source;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.OutboxTexts;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.messaging.SmsTemplates;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A checkout that fails tells its payer why, in the payer's language: each {@link FailureReason} has its words in the
 * domain's Catalog, chosen in one place ({@link FailureReasonTexts}).
 */
class PaymentFailureSmsTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PAYER_CANCELLED|the payment was cancelled on the phone|malipo yalisitishwa kwenye simu",
                "WRONG_PIN|the M-Pesa PIN entered was wrong|PIN ya M-Pesa iliyoingizwa si sahihi",
                "PAYER_UNREACHABLE|the phone could not be reached (switched off or no answer)|simu haikupatikana (imezimwa au haikujibu)",
                "INSUFFICIENT_FUNDS|there was not enough money in the M-Pesa account|hakuna pesa za kutosha kwenye akaunti ya M-Pesa",
                "LIMIT_REACHED|an M-Pesa limit was reached (amount or daily limit)|kikomo cha M-Pesa kimefikiwa (kiasi au kikomo cha siku)",
                "RECIPIENT_INVALID|the phone number is not registered or not active on M-Pesa"
                        + "|namba ya simu haijasajiliwa au haitumiki kwenye M-Pesa",
                "DUPLICATE|M-Pesa refused the same amount again within 2 minutes|M-Pesa ilikataa kiasi kilekile tena ndani ya dakika 2",
                "PROVIDER_BUSY|M-Pesa was busy|M-Pesa ilikuwa na shughuli nyingi",
                "CONFIGURATION|M-Pesa could not complete the payment|M-Pesa haikuweza kukamilisha malipo",
                "OTHER|M-Pesa could not complete the payment|M-Pesa haikuweza kukamilisha malipo"
            })
    void everyReasonInEnglishAndSwahili(FailureReason reason, String english, String swahili) {
        assertThat(SmsTemplates.in(Language.EN).text(FailureReasonTexts.catalogKey(reason)))
                .isEqualTo(english);
        assertThat(SmsTemplates.in(Language.SW).text(FailureReasonTexts.catalogKey(reason)))
                .isEqualTo(swahili);
    }

    @Test
    void theTableAboveNamesEveryReason() throws Exception {
        CsvSource table = getClass()
                .getDeclaredMethod("everyReasonInEnglishAndSwahili", FailureReason.class, String.class, String.class)
                .getAnnotation(CsvSource.class);
        Set<String> named = java.util.Arrays.stream(table.value())
                .map(row -> row.substring(0, row.indexOf('|')))
                .collect(Collectors.toSet());
        assertThat(named)
                .isEqualTo(EnumSet.allOf(FailureReason.class).stream()
                        .map(Enum::name)
                        .collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @EnumSource(FailureReason.class)
    void onlyReasonsAnOperatorMustActOnReadAsAGeneralFailure(FailureReason reason) {
        boolean general = FailureReasonTexts.catalogKey(reason).equals("pay.reason.other");
        assertThat(general).isEqualTo(reason == FailureReason.CONFIGURATION || reason == FailureReason.OTHER);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PAYER_CANCELLED|Request cancelled by user|Reason: the payment was cancelled on the phone",
                "WRONG_PIN|The initiator information is invalid.|Reason: the M-Pesa PIN entered was wrong",
                "PAYER_UNREACHABLE|DS timeout user cannot be reached|Reason: the phone could not be reached (switched off or no answer)",
                "INSUFFICIENT_FUNDS|The balance is insufficient for the transaction|Reason: there was not enough money in the M-Pesa account"
            })
    void givenAFailedCheckout_whenTheProviderSaysSo_thenThePayerIsToldWhyOnce(
            FailureReason reason, String description, String line) {
        ContractId contract = scenario.confirmedContract();
        EscrowPayment payment = scenario.checkout(contract, "9000").payment();
        SettleMovementCommand failed = failure(payment, reason, description);

        app.notifications.settle(failed);
        app.notifications.settle(failed); // the provider's duplicate

        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failureTexts(BUYER))
                .singleElement()
                .isEqualTo("VoicePact Payment Failed:\nContract: " + contract + "\nAmount: KES 9,000.00\n" + line
                        + "\nNothing is held for it. To pay, ask for a new payment request.");
        assertThat(failureTexts(SELLER)).isEmpty();
    }

    @Test
    void givenAPayerWhoChoseSwahili_whenTheirCheckoutFails_thenTheReasonInSwahili() {
        app.languages.choose(BUYER, Language.SW);
        ContractId contract = scenario.confirmedContract();
        EscrowPayment payment = scenario.checkout(contract, "9000").payment();

        app.notifications.settle(failure(payment, FailureReason.WRONG_PIN, "The initiator information is invalid."));

        assertThat(smsTo(BUYER))
                .filteredOn(t -> t.startsWith("VoicePact Malipo Hayakufanikiwa:"))
                .singleElement()
                .asString()
                .contains("Sababu: PIN ya M-Pesa iliyoingizwa si sahihi");
    }

    @Test
    void givenACheckoutTheProviderRefusesAtOnce_thenThePayerIsToldWhyToo() {
        ContractId contract = scenario.confirmedContract();

        assertThatThrownBy(() -> scenario.checkout(contract, "20")).isInstanceOf(CheckoutRefusedException.class);

        assertThat(failureTexts(BUYER))
                .singleElement()
                .asString()
                .contains("Amount: KES 20.00")
                .contains("Reason: there was not enough money in the M-Pesa account");
    }

    @Test
    void givenALateFailureAfterTheMoneyWasLocked_thenNoFailureSms() {
        ContractId contract = scenario.confirmedContract();
        EscrowPayment payment = scenario.checkout(contract, "9000").payment();
        scenario.providerConfirms(payment);

        app.notifications.settle(failure(payment, FailureReason.PAYER_CANCELLED, "Request cancelled by user"));

        assertThat(failureTexts(BUYER)).isEmpty();
    }

    private static SettleMovementCommand failure(EscrowPayment payment, FailureReason reason, String description) {
        return SettleMovementCommand.of(
                MoneyMovement.COLLECTION,
                payment.lifecycle().providerTransactionId().orElseThrow(),
                null,
                new MovementOutcome.Failed(reason, description),
                null,
                Source.CALLBACK,
                "{}");
    }

    private List<String> failureTexts(PhoneNumber to) {
        return smsTo(to).stream()
                .filter(t -> t.startsWith("VoicePact Payment Failed:"))
                .toList();
    }

    private List<String> smsTo(PhoneNumber to) {
        return app.outbox.pending().stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.SMS)
                .filter(m -> OutboxTexts.to(m).equals(to.e164()))
                .map(m -> OutboxTexts.text(m))
                .toList();
    }
}
