package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.shared.FailureReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every Daraja result and gateway code we know, with its neutral reason (the farmer's words for each reason: the domain's Catalog). */
class DarajaResultCodesTest {

    @ParameterizedTest(name = "STK {0} -> {1}")
    @CsvSource({
        "1,INSUFFICIENT_FUNDS",
        "17,DUPLICATE",
        "26,PROVIDER_BUSY",
        "1001,PAYER_UNREACHABLE",
        "1019,PAYER_UNREACHABLE",
        "1025,PROVIDER_BUSY",
        "9999,PROVIDER_BUSY",
        "1032,PAYER_CANCELLED",
        "1037,PAYER_UNREACHABLE",
        "2001,WRONG_PIN",
        "4999,OTHER"
    })
    void stkResultCodes(String code, FailureReason reason) {
        assertThat(DarajaResultCodes.ofStk(code)).isEqualTo(reason);
    }

    @ParameterizedTest(name = "B2C {0} -> {1}")
    @CsvSource({
        "1,INSUFFICIENT_FUNDS",
        "2,LIMIT_REACHED",
        "3,LIMIT_REACHED",
        "4,LIMIT_REACHED",
        "8,LIMIT_REACHED",
        "11,RECIPIENT_INVALID",
        "2006,RECIPIENT_INVALID",
        "21,CONFIGURATION",
        "2001,CONFIGURATION",
        "2040,RECIPIENT_INVALID",
        "8006,CONFIGURATION",
        "SFC_IC0003,RECIPIENT_INVALID",
        "R000001,OTHER"
    })
    void initiatorResultCodes(String code, FailureReason reason) {
        assertThat(DarajaResultCodes.ofInitiatorCall(code)).isEqualTo(reason);
    }

    @ParameterizedTest(name = "gateway {0} -> {1}")
    @CsvSource({
        "404.001.03,CONFIGURATION",
        "500.003.02,PROVIDER_BUSY",
        "500.003.03,PROVIDER_BUSY",
        "500.002.1001,DUPLICATE",
        "400.002.02,OTHER",
        "503.999.99,OTHER"
    })
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

    /**
     * The tables hold exactly the codes {@code shared/reference/mpesa-daraja.md} documents (STK, B2C, gateway), each mapped
     * above; the gateway table adds the OAuth and field refusals the sandbox answers (docs/mpesa-sandbox.md).
     */
    @Test
    void everyDocumentedCodeIsMappedAndNothingElse() {
        assertThat(DarajaResultCodes.STK)
                .containsOnlyKeys("1", "17", "26", "1001", "1019", "1025", "9999", "1032", "1037", "2001");
        assertThat(DarajaResultCodes.INITIATOR)
                .containsOnlyKeys("1", "2", "3", "4", "8", "11", "2006", "21", "2001", "2040", "8006", "SFC_IC0003");
        assertThat(DarajaResultCodes.GATEWAY)
                .containsOnlyKeys(
                        "404.001.03",
                        "404.001.04",
                        "400.008.01",
                        "400.008.02",
                        "400.002.02",
                        "500.003.02",
                        "500.003.03",
                        "500.002.1001");
    }

    @ParameterizedTest(name = "gateway {0} -> {1}")
    @CsvSource({"404.001.04,CONFIGURATION", "400.008.01,CONFIGURATION", "400.008.02,CONFIGURATION"})
    void oauthRefusals(String code, FailureReason reason) {
        assertThat(DarajaResultCodes.ofGatewayError(code)).isEqualTo(reason);
    }
}
