package com.voicepact.adapter.out.africastalking;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Report;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Source;
import com.voicepact.application.escrow.port.out.PaymentCallbacksPort.Reading;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every word of AT's payment notification, and what the application gets from it (moved here from adapter-web's
 * {@code AtCallbackWords}: AT's words live in AT's adapter only). Source: africastalking.md, "Payment notification".
 */
class AtPaymentCallbacksTest {

    private final AtPaymentCallbacks callbacks = new AtPaymentCallbacks();

    private SettleMovementCommand json(String body) {
        Reading reading = callbacks.read(AtPaymentCallbacks.ROUTE, "application/json", body);
        assertThat(reading).isInstanceOf(Reading.Settle.class);
        return ((Reading.Settle) reading).commands().get(0);
    }

    private String unreadable(String contentType, String body) {
        Reading reading = callbacks.read(AtPaymentCallbacks.ROUTE, contentType, body);
        assertThat(reading).isInstanceOf(Reading.Unreadable.class);
        return ((Reading.Unreadable) reading).reason();
    }

    @Test
    void givenItsRoute_thenReadsOnlyThat() {
        assertThat(callbacks.reads("webhook")).isTrue();
        assertThat(callbacks.reads("stk")).isFalse();
    }

    @ParameterizedTest(name = "status {0} -> succeeded {1}")
    @CsvSource({"Success, true", "Failed, false"})
    void givenAFinalStatus_whenRead_thenSucceededOrNot(String status, boolean succeeded) {
        assertThat(json("{\"transactionId\": \"ATPid_1\", \"status\": \"" + status + "\", \"value\": \"KES 10.00\"}")
                        .succeeded())
                .isEqualTo(succeeded);
    }

    @ParameterizedTest(name = "status {0} is refused")
    @CsvSource({"Pending", "PendingConfirmation", "Queued", "success", "None"})
    void givenAStatusThatIsNotFinal_whenRead_thenUnreadable(String status) {
        assertThat(unreadable("application/json", "{\"transactionId\": \"ATPid_1\", \"status\": \"" + status + "\"}"))
                .contains("Success or Failed");
    }

    @ParameterizedTest(name = "category {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "MobileCheckout | COLLECTION",
                "MobileC2B      | COLLECTION",
                "MobileB2C      | PAYOUT",
                "B2CPayment     | PAYOUT",
                "None           | COLLECTION"
            })
    void givenACategory_whenRead_thenTheMovement(String category, MoneyMovement expected) {
        assertThat(json("{\"transactionId\": \"ATPid_1\", \"category\": \"" + category + "\", \"status\": \"Failed\"}")
                        .movement())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Insufficient funds                | INSUFFICIENT_FUNDS",
                "Request cancelled by user         | PAYER_CANCELLED",
                "User declined                     | PAYER_CANCELLED",
                "Transaction rejected by user      | PAYER_CANCELLED",
                "Wrong PIN                         | WRONG_PIN",
                "DS timeout user cannot be reached | PAYER_UNREACHABLE",
                "Daily limit reached               | LIMIT_REACHED",
                "InvalidPhoneNumber                | RECIPIENT_INVALID",
                "Duplicate                         | DUPLICATE",
                "Failed                            | OTHER",
                "None                              | OTHER"
            })
    void givenAFailureDescription_whenRead_thenAReasonCategory(String description, FailureReason expected) {
        SettleMovementCommand command = json(
                "{\"transactionId\": \"ATPid_1\", \"status\": \"Failed\", \"description\": \"" + description + "\"}");
        assertThat(((MovementOutcome.Failed) ((Report.Typed) command.report()).outcome()).reason())
                .isEqualTo(expected);
    }

    @Test
    void givenTheJsonShape_whenRead_thenATypedSuccessFromACallback_withOurIdFromTheMetadata() {
        SettleMovementCommand command = json("""
                {"transactionId": "ATPid_B2C_7", "category": "MobileB2C", "status": "Success", "value": "KES 375.0000",
                 "transactionFee": "KES 10.00", "requestMetadata": {"payout_id": "TXN-1-P1"}}""");
        assertThat(command.source()).isEqualTo(Source.CALLBACK);
        assertThat(command.providerReference()).isEqualTo("ATPid_B2C_7");
        assertThat(command.ourReference()).isEqualTo("TXN-1-P1");
        assertThat(command.report())
                .isEqualTo(new Report.Typed(
                        new MovementOutcome.Succeeded(Money.of("375", CurrencyCode.KES), "ATPid_B2C_7")));
        assertThat(command.written().fee()).isEqualByComparingTo("10");
    }

    @Test
    void givenTheFormShape_whenRead_thenABareAmountIsJudgedByTheUseCase() {
        Reading reading = callbacks.read(
                "webhook",
                "application/x-www-form-urlencoded",
                "transactionId=ATPid_9&status=Success&phoneNumber=%2B254712345678&amount=5000.0&description=None");
        SettleMovementCommand command = ((Reading.Settle) reading).commands().get(0);
        assertThat(command.report()).isInstanceOf(Report.SucceededAsWritten.class);
        assertThat(command.written().currency()).isNull();
        assertThat(command.written().amount()).isEqualByComparingTo(new BigDecimal("5000"));
    }

    @Test
    void givenAnAmountThatIsNoAmount_whenRead_thenKeptAsWrittenForTheUseCaseToFlag() {
        assertThat(json("{\"transactionId\": \"ATPid_1\", \"status\": \"Success\", \"value\": \"USD 9000\"}")
                        .written()
                        .unreadable())
                .isEqualTo("USD 9000");
    }

    @Test
    void givenBodiesThatAreNoNotification_whenRead_thenUnreadableInTheSendersTerms() {
        assertThat(unreadable("application/json", "{\"transactionId\": "))
                .isEqualTo("the notification is not valid JSON");
        assertThat(unreadable("application/json", "[1]")).contains("must be a JSON object");
        assertThat(unreadable("application/json", "{\"status\": \"Success\"}")).contains("transactionId is required");
        assertThat(unreadable("application/x-www-form-urlencoded", "=&&status")).contains("transactionId");
        assertThat(unreadable("application/json", " ")).isEqualTo("the notification body is empty");
        assertThat(unreadable(
                        "application/json",
                        "{\"transactionId\": \"ATPid_n2\", \"status\": \"Success\", \"value\": \"KES 5\","
                                + " \"requestMetadata\": {\"a\": 1e2147483648}}"))
                .as("a number whose exponent overflows, in our words")
                .isEqualTo("the notification is not valid JSON");
    }
}
