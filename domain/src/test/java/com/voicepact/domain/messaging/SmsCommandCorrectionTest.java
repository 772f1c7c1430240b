package com.voicepact.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.contract.ContractAction;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.contract.TermCorrection.NewDate;
import com.voicepact.domain.contract.TermCorrection.NewPlace;
import com.voicepact.domain.contract.TermCorrection.NewPrice;
import com.voicepact.domain.contract.TermCorrection.NewProduct;
import com.voicepact.domain.contract.TermCorrection.NewQuantity;
import com.voicepact.domain.messaging.SmsCommand.Verb;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The correction commands as phones type them: each keyword (English and Kiswahili) with each form of its value, dressed
 * the way keyboards dress the other commands, reads to one {@link TermCorrection}; a value that is no value of the field
 * is still the command, and its refusal names the form.
 */
class SmsCommandCorrectionTest {

    private static final ContractId ID = ContractId.of(2026, 123);

    private static NewPrice price(String amount) {
        return new NewPrice(new BigDecimal(amount), null);
    }

    private static NewPrice price(String amount, CurrencyCode currency) {
        return new NewPrice(new BigDecimal(amount), currency);
    }

    private static NewQuantity qty(String value, String unit) {
        return new NewQuantity(new BigDecimal(value), unit);
    }

    private static NewDate date(String iso) {
        return new NewDate(LocalDate.parse(iso));
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row("PRICE-AG-2026-000123 250", price("250")),
                row("price ag 2026 000123 250", price("250")),
                row("Price AG-2026-000123: 2,500", price("2500")),
                row("PRICE-AG-2026-000123 2500.50", price("2500.5")),
                row("PRICE-AG-2026-000123 1,234,567.25", price("1234567.25")),
                row("PRICE-AG-2026-000123 KES 250", price("250", CurrencyCode.KES)),
                row("PRICE-AG-2026-000123 250 KES", price("250", CurrencyCode.KES)),
                row("PRICE-AG-2026-000123 250KES", price("250", CurrencyCode.KES)),
                row("PRICE-AG-2026-000123 Ksh. 3,500", price("3500", CurrencyCode.KES)),
                row("PRICE-AG-2026-000123 ksh3500", price("3500", CurrencyCode.KES)),
                row("PRICE-AG-2026-000123 3500/=", price("3500")),
                row("PRICE-AG-2026-000123 3500 shillings", price("3500")),
                row("PRICE-AG-2026-000123 3500 bob", price("3500")),
                row("PRICE-AG-2026-000123 UGX 12000", price("12000", CurrencyCode.UGX)),
                row("PRICE-AG-2026-000123 12000 TSh", price("12000", CurrencyCode.TZS)),
                row("PRICE-AG-2026-000123 3.5k", price("3500")),
                row("PRICE-AG-2026-000123 4K", price("4000")),
                row("PRICE-AG-2026-000123 250 per bag", price("250")),
                row("PRICE-AG-2026-000123 250/bag", price("250")),
                row("PRICE-AG-2026-000123 250 each", price("250")),
                row("BEI-AG-2026-000123 250", price("250")),
                row("bei AG-2026-000123 elfu", null), // a word is no price: still the command, refused with the form
                row("Bei AG-2026-000123 250 kila gunia", price("250")),
                row("BEI-AG-2026-000123 Ksh 3,500.", price("3500", CurrencyCode.KES)),
                row("QTY-AG-2026-000123 80", qty("80", null)),
                row("qty ag-2026-000123 80 bags", qty("80", "bags")),
                row("QUANTITY-AG-2026-000123 1,200", qty("1200", null)),
                row("QUANTITY AG-2026-000123 2.5 tonnes", qty("2.5", "tonnes")),
                row("IDADI-AG-2026-000123 80", qty("80", null)),
                row("idadi AG-2026-000123 80 magunia", qty("80", "magunia")),
                row("KIASI-AG-2026-000123 40", qty("40", null)),
                row("PLACE-AG-2026-000123 Kitale", new NewPlace("Kitale")),
                row("place ag 2026 000123 Nandi Hills", new NewPlace("Nandi Hills")),
                row("PLACE-AG-2026-000123   Kapsabet   Town !", new NewPlace("Kapsabet Town")),
                row("MAHALI-AG-2026-000123 Soko la Kitale", new NewPlace("Soko la Kitale")),
                row("mahali AG-2026-000123 \u201CEldoret\u201D", new NewPlace("Eldoret")),
                row("DATE-AG-2026-000123 2026-12-20", date("2026-12-20")),
                row("DATE-AG-2026-000123 20/12/2026", date("2026-12-20")),
                row("DATE-AG-2026-000123 20-12-2026", date("2026-12-20")),
                row("date ag 2026 000123 20.12.2026", date("2026-12-20")),
                row("DATE-AG-2026-000123 5/1/2027", date("2027-01-05")),
                row("TAREHE-AG-2026-000123 20/12/2026", date("2026-12-20")),
                row("Tarehe AG-2026-000123 2026-12-20.", date("2026-12-20")),
                row("PRODUCT-AG-2026-000123 Maize", new NewProduct("Maize")),
                row("product AG-2026-000123 Irish potatoes", new NewProduct("Irish potatoes")),
                row("BIDHAA-AG-2026-000123 Mahindi", new NewProduct("Mahindi")),
                row("bidhaa AG-2026-000123 maharagwe (rosecoco)", new NewProduct("maharagwe (rosecoco)")));
    }

    private static Arguments row(String text, TermCorrection expected) {
        return Arguments.of(text, expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("table")
    void givenACorrectionAsTyped_whenParsed_thenItsFieldAndValue(String text, TermCorrection expected) {
        SmsCommand command = SmsCommand.parse(text).orElseThrow(() -> new AssertionError("no command: " + text));
        assertThat(command.contractId()).isEqualTo(ID);
        assertThat(command.isCorrection()).isTrue();
        assertThat(command.verb().action()).contains(ContractAction.AMEND_TERMS);
        if (expected == null) {
            assertThatThrownBy(command::correction)
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("PRICE-AG-2026-000123 250");
        } else {
            assertThat(command.correction()).isEqualTo(expected);
            assertThat(command.verb().correctedField()).contains(expected.field());
        }
    }

    @Test
    void givenAMinusSignBeforeTheNumber_whenRead_thenRefusedAsNegative_butTheDashAfterTheIdIsASeparator() {
        for (String text : List.of(
                "PRICE-AG-2026-000123 -500",
                "PRICE-AG-2026-000123 KES -500",
                "QTY-AG-2026-000123 -5",
                "IDADI-AG-2026-000123 \u22125 bags")) {
            assertThatThrownBy(() -> SmsCommand.parse(text).orElseThrow().correction())
                    .as(text)
                    .isInstanceOfSatisfying(
                            com.voicepact.domain.contract.CorrectionRefusedException.class,
                            e -> assertThat(e.reason())
                                    .isEqualTo(
                                            com.voicepact.domain.contract.CorrectionRefusedException.Reason.NEGATIVE));
        }
        assertThat(SmsCommand.parse("PRICE-AG-2026-000123-500").orElseThrow().correction())
                .isEqualTo(price("500"));
        assertThat(SmsCommand.parse("PRICE-AG-2026-000123 2,500-3,000")).isPresent();
    }

    @Test
    void givenACurrencySignOrCodeVoicePactDoesNotHold_whenRead_thenRefusedAsAnotherCurrency() {
        for (String value : List.of("$300", "300$", "USD 300", "US$300", "300 dollars", "\u20AC300", "GBP 300")) {
            assertThatThrownBy(() -> SmsCommand.parse("PRICE-AG-2026-000123 " + value)
                            .orElseThrow()
                            .correction())
                    .as(value)
                    .isInstanceOfSatisfying(
                            com.voicepact.domain.contract.CorrectionRefusedException.class,
                            e -> assertThat(e.reason())
                                    .isEqualTo(
                                            com.voicepact.domain.contract.CorrectionRefusedException.Reason.CURRENCY));
        }
    }

    /** The other commands' phone typing (spaces, dashes, wrappers, endings, full-width) reads the same correction. */
    static Stream<Arguments> phoneTyping() {
        List<Arguments> all = new ArrayList<>();
        String[][] keywords = {{"PRICE", "250"}, {"BEI", "250"}, {"QTY", "80"}, {"IDADI", "80"}, {"DATE", "20/12/2026"}
        };
        List<String> spaces = List.of(" ", "\u00A0", "\u3000", "\u202F", "\t", "\n", "  ");
        List<String> dashes = List.of("-", "\u2011", "\u2013", "\u2014", "\u2212", "\uFF0D", "_", "");
        List<String> endings = List.of("", ".", "!", " \uD83D\uDC4D", "\u200B", " \n", " :)");
        for (String[] k : keywords) {
            for (String space : spaces) {
                all.add(Arguments.of(k[0] + space + "AG-2026-000123" + space + k[1], k[0]));
            }
            for (String dash : dashes) {
                all.add(Arguments.of(
                        k[0] + dash + "AG" + dash + "2026" + dash + "000123" + (dash.isEmpty() ? " " : dash) + k[1],
                        k[0]));
            }
            for (String ending : endings) {
                all.add(Arguments.of(k[0] + "-AG-2026-000123 " + k[1] + ending, k[0]));
            }
            all.add(Arguments.of("\u201C" + k[0].toLowerCase() + " AG-2026-000123 " + k[1] + "\u201D", k[0]));
            all.add(Arguments.of("\uFEFF" + k[0] + " AG\u00AD2026\u00AD000123 " + k[1], k[0]));
        }
        all.add(Arguments.of(
                "\uFF30\uFF32\uFF29\uFF23\uFF25\uFF0D\uFF21\uFF27\uFF0D\uFF12\uFF10\uFF12\uFF16\uFF0D\uFF10\uFF10\uFF10\uFF11\uFF12\uFF13 \uFF12\uFF15\uFF10",
                "PRICE")); // full-width PRICE-AG-2026-000123 250
        return all.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("phoneTyping")
    void givenACorrectionAsAPhoneTypesIt_whenParsed_thenTheSameCorrection(String text, String keyword) {
        TermCorrection expected = switch (keyword) {
            case "PRICE", "BEI" -> price("250");
            case "QTY", "IDADI" -> qty("80", null);
            default -> date("2026-12-20");
        };
        assertThat(SmsCommand.parse(text))
                .as(text)
                .hasValueSatisfying(c -> assertThat(c.correction()).isEqualTo(expected));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "PRICE-AG-2026-000123",
                "PRICE-AG-2026-000123 !!",
                "PRICE-AG-2026-000123 0",
                "PRICE-AG-2026-000123 two fifty",
                "PRICE-AG-2026-000123 25o",
                "PRICE-AG-2026-000123 -",
                "PRICE-AG-2026-000123 KES 250 UGX",
                "PRICE-AG-2026-000123 250 USD",
                "QTY-AG-2026-000123 0",
                "QTY-AG-2026-000123 1.2345",
                "QTY-AG-2026-000123 many",
                "DATE-AG-2026-000123 31/02/2026",
                "DATE-AG-2026-000123 2026-13-01",
                "DATE-AG-2026-000123 next friday",
                "DATE-AG-2026-000123 12/2026",
                "PLACE-AG-2026-000123 123",
                "PRODUCT-AG-2026-000123 ...",
                "TAREHE-AG-2026-000123"
            })
    void givenAnUnreadableValue_whenParsed_thenStillTheCommand_andItsCorrectionIsRefusedInWords(String text) {
        SmsCommand command = SmsCommand.parse(text).orElseThrow();
        assertThat(command.isCorrection()).isTrue();
        assertThatThrownBy(command::correction)
                .isInstanceOf(InvalidValueException.class)
                .message()
                .isNotBlank()
                .doesNotContain("Exception")
                .doesNotContain("java.");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "PRICE",
                "PRICE 250",
                "price is too high",
                "PRICES-AG-2026-000123 250",
                "DATED AG-2026-000123 2026-12-20",
                "PLACEMENT AG-2026-000123 Kitale",
                "PRICE-AG-2026-0001234 250",
                "PRICE-AG-1999-000123 250",
                "the PRICE-AG-2026-000123 250"
            })
    void givenNoCorrection_whenParsed_thenNoCommand(String text) {
        assertThat(SmsCommand.parse(text)).as(text).isEmpty();
    }

    @Test
    void givenAMissingValue_whenRead_thenTheRefusalShowsTheForm() {
        assertThatThrownBy(() ->
                        SmsCommand.parse("QTY-AG-2026-000123").orElseThrow().correction())
                .hasMessage("send the new quantity after the contract number, e.g. QTY-AG-2026-000123 80");
        assertThatThrownBy(() -> SmsCommand.parse("PRICE-AG-2026-000123 25o")
                        .orElseThrow()
                        .correction())
                .hasMessage("'25o' is not a price: write it as in PRICE-AG-2026-000123 250");
        assertThatThrownBy(() -> SmsCommand.parse("DATE-AG-2026-000123 31/02/2026")
                        .orElseThrow()
                        .correction())
                .hasMessage("31/02/2026 is no calendar day");
    }

    @Test
    void givenOtherCommands_whenParsed_thenNoCorrection() {
        SmsCommand yes = SmsCommand.parse("YES-AG-2026-000123").orElseThrow();
        assertThat(yes.isCorrection()).isFalse();
        assertThat(yes.value()).isNull();
        assertThatThrownBy(yes::correction).isInstanceOf(IllegalStateException.class);
        assertThat(Verb.STATUS.correctedField()).isEmpty();
    }
}
