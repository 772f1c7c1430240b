package com.voicepact.adapter.out.africastalking;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every word of AT's payments API the adapter knows, and what it means in the port's terms. */
class AtPaymentWordsTest {

    private static final Money KES_375 = Money.of("375", CurrencyCode.KES);

    @ParameterizedTest(name = "checkout {0} ({1}) -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PendingConfirmation | Waiting for user input | ACCEPTED",
                "DuplicateRequest    | Duplicate request      | DUPLICATE",
                "InvalidRequest      | Invalid phone number   | RECIPIENT_INVALID",
                "NotSupported        | Currency not supported | CONFIGURATION",
                "Failed              | Insufficient funds     | INSUFFICIENT_FUNDS",
                "Failed              | Invalid account        | RECIPIENT_INVALID",
                "Failed              | Failed                 | OTHER",
                "SomethingNew        | Request limit reached  | LIMIT_REACHED"
            })
    void givenACheckoutStatus_whenMapped_thenAcceptedOrRefusedForItsReason(
            String status, String description, String expected) {
        GatewayAnswer answer = AtPaymentWords.checkoutAnswer(status, "ATPid_1", description);
        if (expected.equals("ACCEPTED")) {
            assertThat(answer).isEqualTo(new GatewayAnswer.Accepted("ATPid_1", description));
        } else {
            assertThat(answer).isEqualTo(new GatewayAnswer.Refused(FailureReason.valueOf(expected), description));
        }
    }

    @ParameterizedTest(name = "B2C entry {0} ({1}) -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Queued           |                                | ACCEPTED",
                "Success          |                                | ACCEPTED",
                "DuplicateRequest | Duplicate                      | DUPLICATE",
                "InvalidRequest   | Invalid phone number           | RECIPIENT_INVALID",
                "NotSupported     | Not supported                  | CONFIGURATION",
                "Failed           | Insufficient funds in wallet   | INSUFFICIENT_FUNDS",
                "Failed           | Unauthorized request           | CONFIGURATION",
                "Failed           | Value exceeds the limit        | LIMIT_REACHED",
                "Failed           | Something else                 | OTHER"
            })
    void givenAPayoutEntryStatus_whenMapped_thenAcceptedOrRefusedForItsReason(
            String status, String error, String expected) {
        GatewayAnswer answer = AtPaymentWords.payoutEntryAnswer(status, "ATPid_B2C_1", error);
        if (expected.equals("ACCEPTED")) {
            assertThat(answer).isEqualTo(new GatewayAnswer.Accepted("ATPid_B2C_1", status));
        } else {
            assertThat(answer).isEqualTo(new GatewayAnswer.Refused(FailureReason.valueOf(expected), error));
        }
    }

    @ParameterizedTest(name = "transaction {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Success             | SUCCEEDED",
                "Failed              | FAILED",
                "Pending             | PENDING",
                "PendingConfirmation | PENDING",
                "Queued              | PENDING",
                "InvalidRequest      | PENDING",
                "AnyWordWeDoNotKnow  | PENDING"
            })
    void givenATransactionStatus_whenMapped_thenOnlySuccessAndFailedAreFinal(String status, String expected) {
        MovementOutcome outcome =
                AtPaymentWords.outcomeOf(status, KES_375, "ATPid_1", "DS timeout user cannot be reached");
        switch (expected) {
            case "SUCCEEDED" -> assertThat(outcome).isEqualTo(new MovementOutcome.Succeeded(KES_375, "ATPid_1"));
            case "FAILED" ->
                assertThat(outcome)
                        .isEqualTo(new MovementOutcome.Failed(
                                FailureReason.PAYER_UNREACHABLE, "DS timeout user cannot be reached"));
            default -> assertThat(outcome).isEqualTo(new MovementOutcome.Pending());
        }
    }

    @Test
    void givenASuccessWithoutAValue_whenMapped_thenNotTakenAsMoneyThatMoved() {
        assertThat(AtPaymentWords.outcomeOf("Success", null, "ATPid_1", "")).isEqualTo(new MovementOutcome.Pending());
    }

    @ParameterizedTest(name = "category {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "MobileCheckout | COLLECTION",
                "MobileC2B      | COLLECTION",
                "MobileB2C      | PAYOUT",
                "B2C            | PAYOUT",
                "NULL           | COLLECTION"
            })
    void givenACategory_whenMapped_thenPayoutsAreB2c(String category, MoneyMovement expected) {
        assertThat(AtPaymentWords.movementOf(category)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "movement {0} is fetched as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "COLLECTION | MobileCheckout",
                "PAYOUT     | MobileB2C",
                "REFUND     | MobileB2C",
                "REVERSAL   | MobileB2C"
            })
    void givenAMovement_whenLookedUpByOurReference_thenItsAtCategory(MoneyMovement movement, String category) {
        assertThat(AtPaymentWords.categoryOf(movement)).isEqualTo(category);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Insufficient funds                  | INSUFFICIENT_FUNDS",
                "The balance is insufficient         | INSUFFICIENT_FUNDS",
                "Request cancelled by user           | PAYER_CANCELLED",
                "Transaction declined                | PAYER_CANCELLED",
                "Wrong PIN entered                   | WRONG_PIN",
                "DS timeout user cannot be reached   | PAYER_UNREACHABLE",
                "Subscriber unreachable              | PAYER_UNREACHABLE",
                "Transaction limit reached           | LIMIT_REACHED",
                "Invalid account                     | RECIPIENT_INVALID",
                "Number not registered for M-Pesa    | RECIPIENT_INVALID",
                "Duplicate transaction               | DUPLICATE",
                "Invalid credentials                 | CONFIGURATION",
                "Unauthorized                        | CONFIGURATION",
                "Failed                              | OTHER"
            })
    void givenAtsDescription_whenMapped_thenAReasonCategory(String description, FailureReason expected) {
        assertThat(AtPaymentWords.reasonOf(description)).isEqualTo(expected);
    }
}
