package com.voicepact.sandbox.africastalking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicepact.domain.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The simulator reads a phone number as the service does: local forms in the service's country, E.164 as it is. */
class PhoneRoutesTest {

    private static PhoneRoutes in(String region) {
        return new PhoneRoutes(null, new ObjectMapper(), null, null, null, () -> region);
    }

    @ParameterizedTest
    @CsvSource({
        "KE, 0712345678, +254712345678",
        "KE, 0712 345 678, +254712345678",
        "KE, 254712345678, +254712345678",
        "KE, +254712345678, +254712345678",
        "KE, ' +254722000111 ', +254722000111",
        "UG, 0772123456, +256772123456",
        "KE, +256772123456, +256772123456"
    })
    void givenANumberAsAPersonTypesIt_whenTheSimulatorReadsIt_thenItIsThePhoneTheServiceKnows(
            String region, String typed, String e164) {
        assertThat(in(region).normalise(typed)).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maize", "0712", "", "07123456789012"})
    void givenTextThatIsNoPhoneNumber_whenTheSimulatorReadsIt_thenItIsRefusedWithTheReason(String typed) {
        assertThatThrownBy(() -> in("KE").normalise(typed))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("phone number");
    }

    @org.junit.jupiter.api.Test
    void givenAnE164NumberNoNetworkHas_whenTheSimulatorReadsIt_thenItIsKeptAsTheSandboxTakesAnyE164() {
        assertThat(in("KE").normalise("+254200000000")).isEqualTo("+254200000000");
    }
}
