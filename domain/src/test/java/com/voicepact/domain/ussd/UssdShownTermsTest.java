package com.voicepact.domain.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.messaging.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract screen remembers the terms it showed, so that a YES pressed on it is on those terms only. */
class UssdShownTermsTest {

    private static final ContractId ID = ContractId.of(2026, 123);

    private static UssdContract pending(String value, String fingerprint) {
        return new UssdContract(
                ID,
                "Maize",
                "bags",
                Money.of(value, CurrencyCode.KES),
                ContractStatus.PENDING,
                PartyRole.BUYER,
                false,
                false,
                false,
                List.of(),
                fingerprint);
    }

    private static UssdStep walk(UssdMenu menu, UssdState from, String... inputs) {
        UssdStep step = new UssdStep(menu.start().screen(), from, null);
        for (String input : inputs) {
            step = menu.next(UssdState.decode(step.state().encode()), input); // stored between hops as text
        }
        return step;
    }

    @Test
    void givenTheContractScreen_whenShown_thenItsStateCarriesTheFingerprintOfTheTermsShown() {
        UssdMenu menu = new UssdMenu(Language.EN, List.of(pending("175000", "f-old")));

        UssdStep detail = walk(menu, UssdState.main(), "1", "1");

        assertThat(detail.state().shown()).isEqualTo("f-old");
        assertThat(UssdState.decode(detail.state().encode())).isEqualTo(detail.state());
        assertThat(walk(menu, detail.state(), "9").state().shown())
                .as("re-shown after a wrong key")
                .isEqualTo("f-old");
    }

    @Test
    void givenConfirmPressed_whenTheActionIsMade_thenItCarriesWhatTheScreenShowed() {
        UssdMenu before = new UssdMenu(Language.EN, List.of(pending("175000", "f-old")));
        UssdState shown = walk(before, UssdState.main(), "1", "1").state();
        UssdMenu after = new UssdMenu(Language.EN, List.of(pending("160000", "f-new")));

        UssdStep confirm = after.next(UssdState.decode(shown.encode()), "1");

        assertThat(confirm.action().kind()).isEqualTo(UssdAction.Kind.CONFIRM);
        assertThat(confirm.action().shown())
                .as("the menu does not judge; the contract does")
                .isEqualTo("f-old");
    }

    @Test
    void givenTermsChangedSinceTheScreen_whenAskedAgain_thenTheNewTermsAreShownWithTheirFingerprint() {
        UssdMenu after = new UssdMenu(Language.EN, List.of(pending("160000", "f-new")));
        UssdState shown = new UssdState(UssdState.Screen.DETAIL, ID, 0, UssdState.Screen.LIST, null, "f-old");

        UssdStep again = after.termsChanged(shown);

        assertThat(again.screen())
                .startsWith("CON The terms changed since you saw them. Check them and confirm again:")
                .contains("160,000")
                .contains("1. Confirm");
        assertThat(again.state().shown()).isEqualTo("f-new");
        assertThat(again.action()).isNull();
    }

    @Test
    void givenAStateStoredBeforeScreensRememberedTerms_whenDecoded_thenNothingShownIsKnown() {
        assertThat(UssdState.decode("DETAIL|AG-2026-000123|0|LIST").shown()).isNull();
        UssdState drafting = UssdState.decode("TERMS_VALUE|AG-2026-000123|0|LIST|PRICE");
        assertThat(drafting.draft()).isEqualTo("PRICE");
        assertThat(drafting.shown()).isNull();
        UssdState both = new UssdState(UssdState.Screen.TERMS_VALUE, ID, 0, UssdState.Screen.LIST, "PRICE:3|2", "f");
        assertThat(UssdState.decode(both.encode())).isEqualTo(both);
    }
}
