package com.voicepact.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.messaging.SmsCommand.Verb;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsCommandTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "YES-AG-2026-000123|YES", "yes-ag-2026-000123|YES", " Yes AG-2026-000123 |YES", "YESAG-2026-000123|YES",
                "yes ag 2026 000123|YES", "NO-AG-2026-000123|NO", "ndiyo AG-2026-000123|YES",
                        "hapana-AG-2026-000123|NO",
                "DELIVERED-AG-2026-000123|DELIVERED", "accept ag-2026-000123|ACCEPT", "STATUS AG2026000123|STATUS"
            })
    void givenTolerantSpellings_whenParsed_thenVerbAndContract(String text, Verb verb) {
        assertThat(SmsCommand.parse(text)).hasValueSatisfying(c -> {
            assertThat(c.verb()).isEqualTo(verb);
            assertThat(c.contractId()).isEqualTo(ContractId.of(2026, 123));
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"DISPUTE-AG-2026-000123 half the bags are wet", "dispute AG-2026-000123   half the bags are wet"
            })
    void givenDispute_whenParsed_thenReasonKept(String text) {
        assertThat(SmsCommand.parse(text))
                .hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("half the bags are wet"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HELP", "help", " Msaada "})
    void givenHelp_whenParsed_thenHelpWithoutContract(String text) {
        assertThat(SmsCommand.parse(text))
                .hasValueSatisfying(c -> assertThat(c.verb()).isEqualTo(Verb.HELP));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "hello",
                "YES",
                "YES-AG-2026",
                "YES-AG-2026-000123 please",
                "MAYBE-AG-2026-000123",
                "yesterday AG-2026-000123",
                "HELP AG-2026-000123"
            })
    void givenAnythingElse_whenParsed_thenNotACommand(String text) {
        assertThat(SmsCommand.parse(text)).isEmpty();
    }
}
