package com.voicepact.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0712345678",
                "254712345678",
                "+254 712 345 678",
                "+254712345678",
                "0712-345-678",
                "(0712) 345678"
            })
    void givenKenyanLocalOrInternationalForms_whenParsed_thenNormalisedToE164(String raw) {
        assertThat(PhoneNumber.parse(raw, "KE").e164()).isEqualTo("+254712345678");
    }

    @Test
    void givenUgandanDefaultCountry_whenLocalFormParsed_thenUgandanE164() {
        assertThat(PhoneNumber.parse("0772123456", "UG").e164()).isEqualTo("+256772123456");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "   ", "abc", "12345", "+2547123456789999", "0712 345 67x", "+254 20 2222222", "0712345"})
    void givenNotAValidMobileNumber_whenParsed_thenRejectedWithReason(String raw) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw, "KE"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("phone number");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "12345           | is too short",
                "071234          | is too short",
                "0712345         | is too short",
                "+254 71         | is too short",
                "07123456789012  | is too long",
                "+2547123456789999 | is too long",
                "+999 712 345 678 | has no country code we know",
                "0712 345 67x    | may contain only digits",
                "abc             | may contain only digits",
            })
    void givenNumberOfTheWrongShape_whenParsed_thenTheReasonNamesWhatIsWrongInTheUsersTerms(String raw, String reason) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw, "KE"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage())
                        .as("no parser internals")
                        .doesNotContain("Error type", "NOT_A_NUMBER", "TOO_SHORT", "The string supplied"));
    }

    @Test
    void givenLandline_whenParsed_thenReasonSaysNotMobile() {
        assertThatThrownBy(() -> PhoneNumber.parse("+254202222222", "KE")).hasMessageContaining("not a mobile number");
    }

    @Test
    void givenNonE164Text_whenConstructedDirectly_thenRejected() {
        assertThatThrownBy(() -> new PhoneNumber("0712345678")).hasMessageContaining("E.164");
    }

    @Test
    void givenNumber_whenMasked_thenOnlyLastThreeDigitsShow() {
        assertThat(PhoneNumber.parse("+254712345678", "KE").masked()).isEqualTo("+254******678");
    }
}
