package com.voicepact.adapter.in.web.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.port.shared.FailureReason;
import com.voicepact.application.port.shared.MoneyMovement;
import com.voicepact.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every word of AT's payment notification the web adapter knows, and what it means to the settle use case. */
class AtCallbackWordsTest {

    @ParameterizedTest(name = "status {0} -> succeeded {1}")
    @CsvSource({"Success, true", "Failed, false"})
    void givenAFinalStatus_whenRead_thenSucceededOrNot(String status, boolean succeeded) {
        assertThat(AtCallbackWords.succeeded(status)).isEqualTo(succeeded);
    }

    @ParameterizedTest(name = "status {0} is refused")
    @CsvSource(nullValues = "NULL", value = {"Pending", "PendingConfirmation", "Queued", "success", "NULL"})
    void givenAStatusThatIsNotFinal_whenRead_thenInvalidInput(String status) {
        assertThatThrownBy(() -> AtCallbackWords.succeeded(status)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Success or Failed");
    }

    @ParameterizedTest(name = "category {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "MobileCheckout | COLLECTION",
            "MobileC2B      | COLLECTION",
            "MobileB2C      | PAYOUT",
            "B2CPayment     | PAYOUT",
            "NULL           | COLLECTION"})
    void givenACategory_whenRead_thenTheMovement(String category, MoneyMovement expected) {
        assertThat(AtCallbackWords.movementOf(category)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Insufficient funds                | INSUFFICIENT_FUNDS",
            "Request cancelled by user         | PAYER_CANCELLED",
            "User declined                     | PAYER_CANCELLED",
            "Wrong PIN                         | WRONG_PIN",
            "DS timeout user cannot be reached | PAYER_UNREACHABLE",
            "Daily limit reached               | LIMIT_REACHED",
            "InvalidPhoneNumber                | RECIPIENT_INVALID",
            "Duplicate                         | DUPLICATE",
            "Failed                            | OTHER",
            "NULL                              | OTHER"})
    void givenAFailureDescription_whenRead_thenAReasonCategory(String description, FailureReason expected) {
        assertThat(AtCallbackWords.reasonOf(description)).isEqualTo(expected);
    }
}
