package com.voicepact.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContractIdTest {

    @Test
    void givenYearAndSequence_whenFormatted_thenZeroPadded() {
        assertThat(ContractId.of(2026, 123).value()).isEqualTo("AG-2026-000123");
    }

    @Test
    void givenLowerCaseInput_whenParsed_thenNormalised() {
        assertThat(ContractId.parse(" ag-2026-000123 ")).isEqualTo(ContractId.of(2026, 123));
    }

    @Test
    void givenMalformedIds_whenParsed_thenRejected() {
        assertThatThrownBy(() -> ContractId.parse("AG-001")).hasMessageContaining("AG-YYYY-NNNNNN");
        assertThatThrownBy(() -> ContractId.parse("AG-2026-0001234")).hasMessageContaining("AG-YYYY-NNNNNN");
        assertThatThrownBy(() -> ContractId.of(2026, 1_000_000)).hasMessageContaining("out of range");
    }
}
