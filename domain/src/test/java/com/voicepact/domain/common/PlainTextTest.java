package com.voicepact.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(
            ints = {
                0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0x9F, 0x200B, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066,
                0x2069, 0xFEFF, 0x2028, 0x2029, 0x061C, 0x2060, 0x00AD, 0x180E, 0x034F, 0xE0001, 0xFFFC, 0xFFFD, 0xE000,
                0xD800
            })
    void givenAControlOrFormattingCharacter_whenRequired_thenRefusedNamingTheFieldAndTheCharacter(int cp) {
        String value = "Maize" + new String(Character.toChars(cp)) + "x";
        assertThatThrownBy(() -> PlainText.require(value, "product"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("product contains a control or invisible formatting character ("
                        + String.format("U+%04X", cp) + "); send plain text on one line");
        assertThat(PlainText.clean(value))
                .doesNotContain(new String(Character.toChars(cp)))
                .startsWith("Maize")
                .endsWith("x");
    }

    @Test
    void givenPlainTextInAnyScript_whenRequired_thenKeptAsIs() {
        for (String text : new String[] {
            "Mahindi bora",
            "caf\u00e9 \u00e0 la cr\u00e8me",
            "\u0645\u0632\u0631\u0639\u0629",
            "maize \ud83c\udf3d",
            "50% dry, 13.5%"
        }) {
            assertThat(PlainText.require(text, "product")).isEqualTo(text);
        }
        assertThat(PlainText.require(null, "product")).isNull();
    }

    @Test
    void givenLineBreaks_whenCleaned_thenSpaces() {
        assertThat(PlainText.clean("wet maize\r\nand\tmould\u202E")).isEqualTo("wet maize  and mould");
    }
}
