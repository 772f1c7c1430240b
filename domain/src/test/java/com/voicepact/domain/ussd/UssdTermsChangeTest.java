package com.voicepact.domain.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractAction;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.ussd.UssdAction.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** "Change terms" on a pending contract: choose the term, type the value, confirm; a pure function like the rest of the menu. */
class UssdTermsChangeTest {

    private static final ContractId ID = ContractId.of(2026, 123);

    private static UssdContract contract(ContractStatus status, boolean decided, String product, String unit) {
        return new UssdContract(
                ID,
                product,
                unit,
                Money.of("175000", CurrencyCode.KES),
                status,
                PartyRole.SELLER,
                decided,
                false,
                false,
                List.of());
    }

    private static UssdContract pending() {
        return contract(ContractStatus.PENDING, false, "Maize", "bags");
    }

    private static UssdStep walk(UssdMenu menu, String... inputs) {
        UssdStep step = menu.start();
        for (String input : inputs) {
            step = menu.next(UssdState.decode(step.state().encode()), input); // stored between hops as text
        }
        return step;
    }

    @Test
    void givenAPendingContract_whenThePriceIsChanged_thenEachScreenInTurn_andTheActionCarriesTheCorrection() {
        UssdMenu menu = new UssdMenu(Language.EN, List.of(pending()));
        assertThat(walk(menu, "1", "1").screen()).contains("1. Confirm\n2. Decline\n3. Change terms\n0. Back");
        assertThat(walk(menu, "1", "1", "3").screen())
                .isEqualTo("CON Change which term of AG-2026-000123?\n1. Price\n2. Quantity\n3. Place\n4. Date\n"
                        + "0. Back 00. Home");
        assertThat(walk(menu, "1", "1", "3", "1").screen())
                .isEqualTo("CON Enter the new price (KES per one of bags):\n0. Back 00. Home");
        UssdStep confirm = walk(menu, "1", "1", "3", "1", "3200");
        assertThat(confirm.screen())
                .isEqualTo("CON Change the price of AG-2026-000123 to KES 3200?\nEvery party must confirm again.\n"
                        + "1. Yes, change it\n0. Back 00. Home");
        assertThat(confirm.action()).isNull();
        UssdStep done = walk(menu, "1", "1", "3", "1", "3200", "1");
        assertThat(done.screen())
                .isEqualTo("END The price of AG-2026-000123 is now KES 3200.\n"
                        + "Every party gets the new terms by SMS to confirm again.");
        assertThat(done.action())
                .isEqualTo(new UssdAction(
                        Kind.CHANGE_TERMS, ID, null, null, new TermCorrection.NewPrice(new BigDecimal("3200"), null)));
        assertThat(done.action().kind().action()).contains(ContractAction.AMEND_TERMS);
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("2", "80", new TermCorrection.NewQuantity(new BigDecimal("80"), null), "80 bags"),
                Arguments.of("3", "Kitale", new TermCorrection.NewPlace("Kitale"), "Kitale"),
                Arguments.of("4", "20/12/2026", new TermCorrection.NewDate(LocalDate.of(2026, 12, 20)), "2026-12-20"),
                Arguments.of("4", "20122026", new TermCorrection.NewDate(LocalDate.of(2026, 12, 20)), "2026-12-20"),
                Arguments.of("3", "Soko | 100%", new TermCorrection.NewPlace("Soko | 100%"), "Soko | 100%"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("values")
    void givenEachTerm_whenChanged_thenTheCorrectionOfThatTerm(
            String choice, String typed, TermCorrection expected, String shown) {
        UssdMenu menu = new UssdMenu(Language.EN, List.of(pending()));
        assertThat(walk(menu, "1", "1", "3", choice, typed).screen()).contains(" to " + shown + "?");
        UssdStep done = walk(menu, "1", "1", "3", choice, typed, "1");
        assertThat(done.action().correction()).isEqualTo(expected);
        assertThat(done.screen()).contains("is now " + shown);
    }

    @Test
    void givenWhatIsNoValue_whenTyped_thenTheSameStepAgainWithWhy() {
        UssdMenu menu = new UssdMenu(Language.EN, List.of(pending()));
        assertThat(walk(menu, "1", "1", "3", "5").screen()).startsWith("CON Invalid choice.\n1. Price");
        for (String bad : List.of("abc", "0.001", "250.505", "UGX 250", "x".repeat(61))) {
            UssdStep again = walk(menu, "1", "1", "3", "1", bad);
            assertThat(again.screen()).as(bad).startsWith("CON Not a price we can read. Try again:");
            assertThat(again.state().screen()).isEqualTo(UssdState.Screen.TERMS_VALUE);
            assertThat(again.action()).isNull();
        }
        assertThat(walk(menu, "1", "1", "3", "4", "31/02/2026").screen()).startsWith("CON Not a date we can read.");
        assertThat(walk(menu, "1", "1", "3", "2", "80", "2").screen()).startsWith("CON Invalid choice.\nEvery party");
    }

    @Test
    void givenAnyStep_whenBack_thenOneStepBack() {
        UssdMenu menu = new UssdMenu(Language.EN, List.of(pending()));
        assertThat(walk(menu, "1", "1", "3", "0").screen()).startsWith("CON Contract Details\nAG-2026-000123");
        assertThat(walk(menu, "1", "1", "3", "1", "0").screen()).startsWith("CON Change which term");
        assertThat(walk(menu, "1", "1", "3", "1", "3200", "0").screen()).startsWith("CON Enter the new price");
        assertThat(walk(menu, "1", "1", "3", "1", "3200", "00").screen()).startsWith("CON Welcome to VoicePact");
    }

    @Test
    void givenAContractNoLongerPending_whenOpened_thenNoChangeOfTerms() {
        for (ContractStatus status : List.of(ContractStatus.CONFIRMED, ContractStatus.ACTIVE)) {
            UssdMenu menu = new UssdMenu(Language.EN, List.of(contract(status, true, "Maize", "bags")));
            assertThat(walk(menu, "1", "1").screen()).doesNotContain("Change terms");
        }
        UssdMenu decided = new UssdMenu(Language.EN, List.of(contract(ContractStatus.PENDING, true, "Maize", "bags")));
        assertThat(walk(decided, "1", "1").screen())
                .as("a party who said YES may still correct a term")
                .contains("1. Change terms");
    }

    @Test
    void givenSwahili_whenChanging_thenSwahiliScreens() {
        UssdMenu menu = new UssdMenu(Language.SW, List.of(pending()));
        assertThat(walk(menu, "1", "1").screen()).contains("3. Badilisha masharti");
        assertThat(walk(menu, "1", "1", "3").screen())
                .startsWith("CON Badilisha sharti gani la AG-2026-000123?\n1. Bei");
        assertThat(walk(menu, "1", "1", "3", "2", "80").screen())
                .startsWith("CON Badilisha kiasi ya AG-2026-000123 kuwa 80 bags?");
        assertThat(walk(menu, "1", "1", "3", "2", "80", "1").screen())
                .startsWith("END kiasi ya AG-2026-000123 sasa ni");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenLongNamesAndValues_whenEveryScreenOfTheChange_thenWithinTheUssdLimit(Language language) {
        String longName = "Hass avocado, export grade A, sorted and packed in ventilated crates of twenty";
        UssdMenu menu = new UssdMenu(
                language, List.of(contract(ContractStatus.PENDING, false, longName, "ventilated crates of 20 kg")));
        String place = "Kapsabet Town, behind the old cattle dip, near the big blue gate";
        for (String[] path : List.of(
                new String[] {"1", "1", "3"},
                new String[] {"1", "1", "3", "1"},
                new String[] {"1", "1", "3", "2"},
                new String[] {"1", "1", "3", "3"},
                new String[] {"1", "1", "3", "4"},
                new String[] {"1", "1", "3", "1", "9999999999999999"},
                new String[] {"1", "1", "3", "1", "9999999999999999", "1"},
                new String[] {"1", "1", "3", "3", place.substring(0, 60)},
                new String[] {"1", "1", "3", "3", place.substring(0, 60), "1"},
                new String[] {"1", "1", "3", "2", "abc"})) {
            String screen = walk(menu, path).screen();
            assertThat(screen.length())
                    .as(String.join("*", path) + ": " + screen)
                    .isLessThanOrEqualTo(UssdStep.MAX_LENGTH);
            String whole = screen.startsWith("CON ")
                    ? (language == Language.SW ? "0. Rudi 00. Mwanzo" : "0. Back 00. Home")
                    : (language == Language.SW ? "kukubali tena." : "confirm again.");
            assertThat(screen).as("nothing cut off: " + screen).endsWith(whole);
        }
        assertThat(UssdState.decode(walk(menu, "1", "1", "3", "3", place.substring(0, 60))
                                .state()
                                .encode())
                        .encode()
                        .length())
                .as("the stored state fits its column")
                .isLessThanOrEqualTo(120);
    }
}
