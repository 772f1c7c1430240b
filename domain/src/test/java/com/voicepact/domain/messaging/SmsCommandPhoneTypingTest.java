package com.voicepact.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.messaging.SmsCommand.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What real phones send: every way a keyboard, an autocorrect or a copy-paste dresses up a command
 * (Unicode spaces and dashes, smart quotes, full-width forms, trailing punctuation and emoji, mixed
 * case, Kiswahili words) parses to the same command; words around a command never make one.
 */
class SmsCommandPhoneTypingTest {

    private static final ContractId ID = ContractId.of(2026, 123);

    /** Spaces a phone may put between words: NBSP, ideographic, narrow NBSP, em/thin space, tab, newline. */
    private static final List<String> SPACES =
            List.of(" ", "\u00A0", "\u3000", "\u202F", "\u2003", "\u2009", "\t", "\n", "\r\n", "  ");
    /** Dashes: hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar, minus sign, small and full-width hyphen-minus, underscore. */
    private static final List<String> DASHES = List.of(
            "-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uFE63", "\uFF0D", "_", "");

    private static final List<String> ENDINGS = List.of(
            "",
            ".",
            "!",
            "!!",
            "?",
            " .",
            "\u2026",
            " \uD83D\uDC4D",
            "\uD83D\uDE4F\uD83C\uDFFE",
            " \u2764\uFE0F",
            " :)",
            "\u200B",
            "\uFEFF",
            " \n");
    private static final List<String> WRAPPERS =
            List.of("%s", " %s ", "\u201C%s\u201D", "\u2018%s\u2019", "\"%s\"", "\uFEFF%s", "\u200B%s", "\t%s\n");

    static Stream<Arguments> variants() {
        List<Arguments> all = new ArrayList<>();
        String[][] verbs = {
            {"YES", "YES"},
            {"yes", "YES"},
            {"Yes", "YES"},
            {"yEs", "YES"},
            {"NDIYO", "YES"},
            {"Ndiyo", "YES"},
            {"ndio", "YES"},
            {"NO", "NO"},
            {"No", "NO"},
            {"HAPANA", "NO"},
            {"hapana", "NO"},
            {"DELIVERED", "DELIVERED"},
            {"Delivered", "DELIVERED"},
            {"ACCEPT", "ACCEPT"},
            {"accept", "ACCEPT"},
            {"STATUS", "STATUS"},
            {"Status", "STATUS"}
        };
        for (String[] verb : verbs) {
            for (String space : SPACES) {
                all.add(Arguments.of(verb[0] + space + "AG-2026-000123", Verb.valueOf(verb[1])));
            }
            for (String dash : DASHES) {
                all.add(Arguments.of(verb[0] + dash + "AG" + dash + "2026" + dash + "000123", Verb.valueOf(verb[1])));
            }
            for (String ending : ENDINGS) {
                all.add(Arguments.of(verb[0] + "-AG-2026-000123" + ending, Verb.valueOf(verb[1])));
            }
            for (String wrapper : WRAPPERS) {
                all.add(Arguments.of(wrapper.formatted(verb[0] + " AG-2026-000123"), Verb.valueOf(verb[1])));
            }
        }
        all.add(Arguments.of(
                "\uFF39\uFF25\uFF33\uFF0D\uFF21\uFF27\uFF0D\uFF12\uFF10\uFF12\uFF16\uFF0D\uFF10\uFF10\uFF10\uFF11\uFF12\uFF13",
                Verb.YES)); // full-width YES-AG-2026-000123
        all.add(Arguments.of("yes ag 2026 000123", Verb.YES));
        all.add(Arguments.of("YES AG 2026-000123!!! \uD83D\uDE4F", Verb.YES));
        all.add(Arguments.of("YES AG\u00AD2026\u00AD000123", Verb.YES)); // soft hyphens from a copy-paste
        all.add(Arguments.of("YES AG.2026.000123", Verb.YES));
        all.add(Arguments.of("YES AG/2026/000123", Verb.YES));
        all.add(Arguments.of("YES: AG-2026-000123", Verb.YES));
        all.add(Arguments.of("Ndiyo, AG-2026-000123.", Verb.YES));
        all.add(Arguments.of("Hapana \u2014 AG\u20132026\u2013000123", Verb.NO));
        all.add(Arguments.of("ACCEPT\u00A0AG\u20112026\u2011000123\u2705", Verb.ACCEPT));
        all.add(Arguments.of("\uD83D\uDC4D YES AG-2026-000123", Verb.YES));
        return all.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("variants")
    void givenCommandAsAPhoneTypesIt_whenParsed_thenTheSameCommand(String text, Verb verb) {
        assertThat(SmsCommand.parse(text)).as(escaped(text)).hasValueSatisfying(c -> {
            assertThat(c.verb()).isEqualTo(verb);
            assertThat(c.contractId()).isEqualTo(ID);
            assertThat(c.reason()).isNull();
        });
    }

    /** After the terms changed, a YES names their version ({@code YES-<id>-<n>}), typed as loosely as the id. */
    static Stream<Arguments> versioned() {
        List<Arguments> all = new ArrayList<>();
        for (String yes : List.of("YES", "yes", "Ndiyo", "NDIO")) {
            for (String space : SPACES) {
                all.add(Arguments.of(yes + space + "AG-2026-000123" + space + "2", Verb.YES, 2));
            }
            for (String dash : DASHES.subList(0, DASHES.size() - 1)) { // no dash at all would run the digits together
                all.add(Arguments.of(yes + dash + "AG" + dash + "2026" + dash + "000123" + dash + "3", Verb.YES, 3));
            }
            for (String ending : ENDINGS) {
                all.add(Arguments.of(yes + "-AG-2026-000123-2" + ending, Verb.YES, 2));
            }
            for (String wrapper : WRAPPERS) {
                all.add(Arguments.of(wrapper.formatted(yes + " AG-2026-000123-12"), Verb.YES, 12));
            }
        }
        all.add(Arguments.of(
                "\uFF39\uFF25\uFF33\uFF0D\uFF21\uFF27\uFF0D\uFF12\uFF10\uFF12\uFF16\uFF0D\uFF10\uFF10\uFF10\uFF11\uFF12\uFF13\uFF0D\uFF12",
                Verb.YES,
                2)); // full-width YES-AG-2026-000123-2
        all.add(Arguments.of("YES-AG-2026-000123 (2)", Verb.YES, 2));
        all.add(Arguments.of("Hapana AG-2026-000123-2", Verb.NO, 2));
        all.add(Arguments.of("no-ag-2026-000123-3.", Verb.NO, 3));
        return all.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("versioned")
    void givenAYesNamingTheVersionOfTheTerms_whenParsed_thenTheVersionIsRead(String text, Verb verb, int version) {
        assertThat(SmsCommand.parse(text)).as(escaped(text)).hasValueSatisfying(c -> {
            assertThat(c.verb()).isEqualTo(verb);
            assertThat(c.contractId()).isEqualTo(ID);
            assertThat(c.namedTermsVersion()).contains(version);
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"YES-AG-2026-000123", "Ndiyo AG 2026 000123!", "NO-AG-2026-000123"})
    void givenAPlainYesOrNo_whenParsed_thenNoVersionIsNamed(String text) {
        assertThat(SmsCommand.parse(text).orElseThrow().namedTermsVersion()).isEmpty();
    }

    static Stream<Arguments> disputes() {
        return Stream.of(
                Arguments.of("DISPUTE-AG-2026-000123 half the bags are wet", "half the bags are wet"),
                Arguments.of(
                        "dispute\u00A0AG\u20132026\u2013000123\u3000half the bags are wet", "half the bags are wet"),
                Arguments.of("Dispute AG-2026-000123: half the bags are wet!", "half the bags are wet!"),
                Arguments.of(
                        "DISPUTE \u2014 AG-2026-000123 \u2014 \u201Chalf the bags are wet\u201D",
                        "\u201Chalf the bags are wet\u201D"),
                Arguments.of(
                        "DISPUTE AG-2026-000123\nhalf the bags\nare wet \uD83D\uDE21",
                        "half the bags\nare wet \uD83D\uDE21"),
                Arguments.of("DISPUTE-AG-2026-000123", "reported by SMS"),
                Arguments.of("DISPUTE-AG-2026-000123 \uD83D\uDE21!!", "reported by SMS"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("disputes")
    void givenDisputeAsAPhoneTypesIt_whenParsed_thenTheReasonAsTyped(String text, String reason) {
        assertThat(SmsCommand.parse(text)).as(escaped(text)).hasValueSatisfying(c -> {
            assertThat(c.verb()).isEqualTo(Verb.DISPUTE);
            assertThat(c.contractId()).isEqualTo(ID);
            assertThat(c.reason()).isEqualTo(reason);
        });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "help",
                "HELP!",
                " Help? ",
                "\u201CHELP\u201D",
                "msaada \uD83D\uDE4F",
                "Msaada.",
                "HELP\u00A0",
                "\uFF28\uFF25\uFF2C\uFF30"
            })
    void givenHelpAsAPhoneTypesIt_whenParsed_thenHelp(String text) {
        assertThat(SmsCommand.parse(text))
                .as(escaped(text))
                .hasValueSatisfying(c -> assertThat(c.verb()).isEqualTo(Verb.HELP));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "",
                "   ",
                "\u00A0",
                "\uD83D\uDC4D",
                "hello",
                "YES",
                "yes!",
                "YES\u2014AG\u20132026",
                "NO problem",
                "Yes I will deliver AG-2026-000123 tomorrow",
                "YES-AG-2026-000123 please",
                "YES-AG-2026-000123-2 please",
                "YES-AG-2026-000123-0",
                "YES-AG-2026-000123-2-3",
                "YES-AG-2026-000123-2 NO-AG-2026-000123",
                "YES-AG-2026-000123-12345",
                "DELIVERED-AG-2026-000123-2",
                "STATUS-AG-2026-000123-2",
                "YES-AG-2026-0001234",
                "MAYBE-AG-2026-000123",
                "yesterday AG-2026-000123",
                "nothing AG-2026-000123",
                "noted AG-2026-000123",
                "HELP AG-2026-000123",
                "help me",
                "STATUS",
                "AG-2026-000123",
                "2026-000123",
                "YES-AG-2026-000123 NO-AG-2026-000123",
                "DISPUTE wet bags",
                "DISPUTED AG-2026-000123 wet",
                "YES-AG-1999-000123",
                "YES-AG-2026-000000",
                "\u00BFYES AG-2026-000123? no"
            })
    void givenNonCommands_whenParsed_thenNotACommand(String text) {
        assertThat(SmsCommand.parse(text)).as(escaped(text)).isEmpty();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars()
                .forEach(
                        c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
