package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.port.shared.FailureReason;
import com.voicepact.domain.messaging.Language;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every Daraja result and gateway code we know, with its neutral reason, and the farmer's words for the reasons. */
class DarajaResultCodesTest {

    @ParameterizedTest(name = "STK {0} -> {1}")
    @CsvSource({"1,INSUFFICIENT_FUNDS", "17,DUPLICATE", "26,PROVIDER_BUSY", "1001,PAYER_UNREACHABLE", "1019,PAYER_UNREACHABLE",
            "1025,PROVIDER_BUSY", "9999,PROVIDER_BUSY", "1032,PAYER_CANCELLED", "1037,PAYER_UNREACHABLE", "2001,WRONG_PIN",
            "4999,OTHER"})
    void stkResultCodes(String code, FailureReason reason) {
        assertThat(DarajaResultCodes.ofStk(code)).isEqualTo(reason);
    }

    @ParameterizedTest(name = "B2C {0} -> {1}")
    @CsvSource({"1,INSUFFICIENT_FUNDS", "2,LIMIT_REACHED", "3,LIMIT_REACHED", "4,LIMIT_REACHED", "8,LIMIT_REACHED",
            "11,RECIPIENT_INVALID", "2006,RECIPIENT_INVALID", "21,CONFIGURATION", "2001,CONFIGURATION", "2040,RECIPIENT_INVALID",
            "8006,CONFIGURATION", "SFC_IC0003,RECIPIENT_INVALID", "R000001,OTHER"})
    void initiatorResultCodes(String code, FailureReason reason) {
        assertThat(DarajaResultCodes.ofInitiatorCall(code)).isEqualTo(reason);
    }

    @ParameterizedTest(name = "gateway {0} -> {1}")
    @CsvSource({"404.001.03,CONFIGURATION", "500.003.02,PROVIDER_BUSY", "500.003.03,PROVIDER_BUSY", "500.002.1001,DUPLICATE",
            "400.002.02,OTHER", "503.999.99,OTHER"})
    void gatewayErrors(String code, FailureReason reason) {
        assertThat(DarajaResultCodes.ofGatewayError(code)).isEqualTo(reason);
    }

    @Test
    void successIsNoFailureInAnyTable() {
        assertThat(DarajaResultCodes.STK).doesNotContainKey(DarajaResultCodes.SUCCESS);
        assertThat(DarajaResultCodes.INITIATOR).doesNotContainKey(DarajaResultCodes.SUCCESS);
    }

    @Test
    void onlyKnownRefusalsAndClientErrorsAreDefinite() {
        assertThat(DarajaResultCodes.isDefiniteRefusal("500.003.02", 500)).isTrue();
        assertThat(DarajaResultCodes.isDefiniteRefusal("500.002.1001", 500)).isTrue();
        assertThat(DarajaResultCodes.isDefiniteRefusal("400.002.02", 400)).isTrue();
        assertThat(DarajaResultCodes.isDefiniteRefusal("500.001.1001", 500)).isFalse();
        assertThat(DarajaResultCodes.isDefiniteRefusal("503.001.01", 503)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PAYER_CANCELLED|the payment was cancelled on the phone|malipo yalisitishwa kwenye simu",
            "WRONG_PIN|the M-Pesa PIN entered was wrong|PIN ya M-Pesa iliyoingizwa si sahihi",
            "PAYER_UNREACHABLE|the phone could not be reached (switched off or no answer)|simu haikupatikana (imezimwa au haikujibu)",
            "INSUFFICIENT_FUNDS|there was not enough money in the M-Pesa account|hakuna pesa za kutosha kwenye akaunti ya M-Pesa",
            "LIMIT_REACHED|an M-Pesa limit was reached (amount or daily limit)|kikomo cha M-Pesa kimefikiwa (kiasi au kikomo cha siku)",
            "RECIPIENT_INVALID|the phone number is not registered or not active on M-Pesa|namba ya simu haijasajiliwa au haitumiki kwenye M-Pesa",
            "PROVIDER_BUSY|M-Pesa was busy, please try again later|M-Pesa ilikuwa na shughuli nyingi, tafadhali jaribu tena baadaye",
            "CONFIGURATION|M-Pesa could not complete the payment|M-Pesa haikuweza kukamilisha malipo"})
    void farmerReadableReasonsInEnglishAndSwahili(FailureReason reason, String english, String swahili) {
        assertThat(FarmerReasons.text(reason, Language.EN)).isEqualTo(english);
        assertThat(FarmerReasons.text(reason, Language.SW)).isEqualTo(swahili);
    }

    @Test
    void everyReasonHasATextInBothLanguages() {
        for (FailureReason reason : EnumSet.allOf(FailureReason.class)) {
            assertThat(FarmerReasons.text(reason, Language.EN)).isNotBlank();
            assertThat(FarmerReasons.text(reason, Language.SW)).isNotBlank().isNotEqualTo(FarmerReasons.text(reason, Language.EN));
        }
    }
}
