package com.voicepact.domain.ussd;

import static com.voicepact.domain.ussd.UssdState.Screen.DELIVERY_LIST;
import static com.voicepact.domain.ussd.UssdState.Screen.LIST;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** What the menu shows of the caller's contracts: each screen's text, and the contracts a list or detail screen is about. */
final class UssdView {

    private final UssdScreens screens;
    private final Supplier<List<UssdContract>> callersContracts;
    private Shown shown;

    /** The open contracts (lists, details), and those with money too (the payments screen). */
    private record Shown(List<UssdContract> open, List<UssdContract> withMoney) {}

    /**
     * Lists the open contracts; the payments screen also those closed ones that had money. The caller's contracts are
     * asked for once, and only by a screen about contracts: most hops (the main menu, help) need none.
     */
    UssdView(UssdScreens screens, Supplier<List<UssdContract>> callersContractsNewestFirst) {
        this.screens = screens;
        this.callersContracts = callersContractsNewestFirst;
    }

    private Shown shown() {
        if (shown == null) {
            List<UssdContract> all = callersContracts.get();
            shown = new Shown(
                    all.stream().filter(c -> !c.status().isFinal()).toList(),
                    all.stream()
                            .filter(c -> !c.status().isFinal() || !c.payments().isEmpty())
                            .toList());
        }
        return shown;
    }

    int paymentPageCount() {
        return screens.paymentPageCount(shown().withMoney());
    }

    String render(UssdState state) {
        return switch (state.screen()) {
            case MAIN, ENDED -> screens.main();
            case LIST -> screens.list("ussd.list", listed(LIST), state.page());
            case DELIVERY_LIST -> screens.list("ussd.list.delivery", listed(DELIVERY_LIST), state.page());
            case DETAIL ->
                contract(state)
                        .map(c -> screens.detail(
                                c,
                                UssdMenuItems.of(c).stream()
                                        .map(UssdMenuItems::label)
                                        .toList()))
                        .orElseGet(screens::main);
            case QUANTITY ->
                screens.con(screens.text(
                                "ussd.quantity",
                                contract(state).map(UssdContract::unit).orElse("units")) + "\n"
                        + screens.text("ussd.nav"));
            case TERMS_FIELD, TERMS_VALUE, TERMS_CONFIRM ->
                contract(state)
                        .map(c -> UssdTermsChange.render(screens, c, state))
                        .orElseGet(screens::main);
            case PAYMENTS -> screens.payments(shown().withMoney(), state.page());
            case HELP -> screens.con(screens.text("ussd.help") + "\n" + screens.text("ussd.nav"));
            case LANGUAGE -> screens.con(screens.text("ussd.language") + "\n" + screens.text("ussd.nav"));
        };
    }

    /** {@code state}, with the fingerprint of the terms it shows when it shows a contract's terms. */
    UssdState stamped(UssdState state) {
        return state.screen() == UssdState.Screen.DETAIL
                ? state.showing(contract(state).map(UssdContract::fingerprint).orElse(null))
                : state;
    }

    List<UssdContract> listed(UssdState.Screen screen) {
        return screen == DELIVERY_LIST
                ? shown().open().stream()
                        .filter(UssdContract::awaitsDeliveryAction)
                        .toList()
                : shown().open();
    }

    Optional<UssdContract> contract(UssdState state) {
        return shown().open().stream()
                .filter(c -> c.id().equals(state.contractId()))
                .findFirst();
    }
}
