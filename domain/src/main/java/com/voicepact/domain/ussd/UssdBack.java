package com.voicepact.domain.ussd;

import static com.voicepact.domain.ussd.UssdState.Screen.DETAIL;
import static com.voicepact.domain.ussd.UssdState.Screen.HELP;
import static com.voicepact.domain.ussd.UssdState.Screen.MAIN;

/**
 * Where "0" leads from each screen: a contract's detail back to the list it was picked from (same
 * page), the quantity prompt and the choice of a term to change back to its contract, each later step of a change
 * of terms one step back, the language choice back to help, anything else to the main menu.
 */
final class UssdBack {

    private UssdBack() {}

    static UssdState from(UssdState state) {
        return switch (state.screen()) {
            case DETAIL -> new UssdState(state.origin(), null, state.page(), state.origin());
            case QUANTITY, TERMS_FIELD -> new UssdState(DETAIL, state.contractId(), state.page(), state.origin());
            case TERMS_VALUE -> state.drafting(UssdState.Screen.TERMS_FIELD, null);
            case TERMS_CONFIRM ->
                state.drafting(UssdState.Screen.TERMS_VALUE, state.draft().split(":", 2)[0]);
            case LANGUAGE -> new UssdState(HELP, null, 0, MAIN);
            default -> UssdState.main();
        };
    }
}
