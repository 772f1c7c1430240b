package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.adapter.out.mpesa.DarajaPaymentGateway;
import com.voicepact.application.escrow.port.out.CollectionLimits;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** MIN_PAYMENT_AMOUNT/MAX_PAYMENT_AMOUNT (minor units) default to the provider's collection limits and stay within them. */
class CheckoutLimitsTest {

    private static final Optional<CollectionLimits> MPESA = Optional.of(DarajaPaymentGateway.COLLECTION_LIMITS);

    private static CheckoutLimits limits(Map<String, String> env, Optional<CollectionLimits> provider) {
        return CheckoutLimits.of(CheckoutLimits.Requested.read(new EnvironmentVariables(env)), provider, "M-Pesa");
    }

    @Test
    void givenMpesaAndNothingSet_whenRead_thenKes1ToKes250000() {
        assertThat(limits(Map.of(), MPESA)).isEqualTo(new CheckoutLimits(100, 25_000_000));
    }

    @Test
    void givenAProviderThatStatesNoLimits_whenRead_thenTheServicesOwnDefaults() {
        assertThat(limits(Map.of(), Optional.empty())).isEqualTo(new CheckoutLimits(100, 1_000_000));
        assertThat(limits(Map.of("MAX_PAYMENT_AMOUNT", "90000000"), Optional.empty()))
                .isEqualTo(new CheckoutLimits(100, 90_000_000));
    }

    @Test
    void givenExplicitValuesWithinMpesas_whenRead_thenTheyWin() {
        assertThat(limits(Map.of("MIN_PAYMENT_AMOUNT", "1000", "MAX_PAYMENT_AMOUNT", "5000000"), MPESA))
                .isEqualTo(new CheckoutLimits(1_000, 5_000_000));
    }

    @Test
    void givenValuesOutsideMpesas_whenRead_thenRefusedWithTheAmountsInShillings() {
        assertThatThrownBy(() -> limits(Map.of("MAX_PAYMENT_AMOUNT", "25000001"), MPESA))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage(
                        "MAX_PAYMENT_AMOUNT 25000001 (KES 250000.01) is above the largest collection M-Pesa takes, KES 250000.00");
        assertThatThrownBy(() -> limits(Map.of("MIN_PAYMENT_AMOUNT", "50"), MPESA))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage("MIN_PAYMENT_AMOUNT 50 (KES 0.50) is below the smallest collection M-Pesa takes, KES 1.00");
    }

    @Test
    void givenAMinimumAboveTheMaximumOrNotANumber_whenRead_thenRefusedNamingTheVariable() {
        assertThatThrownBy(() -> limits(Map.of("MIN_PAYMENT_AMOUNT", "500000", "MAX_PAYMENT_AMOUNT", "400000"), MPESA))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage("MIN_PAYMENT_AMOUNT (500000) must not be above MAX_PAYMENT_AMOUNT (400000)");
        assertThatThrownBy(() -> limits(Map.of("MIN_PAYMENT_AMOUNT", "0"), Optional.empty()))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage("MIN_PAYMENT_AMOUNT must be at least 1 (minor units), got 0");
        assertThatThrownBy(() -> limits(Map.of("MAX_PAYMENT_AMOUNT", "KES 5000"), MPESA))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage("MAX_PAYMENT_AMOUNT must be a whole number, got 'KES 5000'");
    }
}
