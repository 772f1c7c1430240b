package com.voicepact.domain.ussd;

import static com.voicepact.domain.ussd.UssdState.Screen.DELIVERY_LIST;
import static com.voicepact.domain.ussd.UssdState.Screen.DETAIL;
import static com.voicepact.domain.ussd.UssdState.Screen.ENDED;
import static com.voicepact.domain.ussd.UssdState.Screen.HELP;
import static com.voicepact.domain.ussd.UssdState.Screen.LANGUAGE;
import static com.voicepact.domain.ussd.UssdState.Screen.LIST;
import static com.voicepact.domain.ussd.UssdState.Screen.MAIN;
import static com.voicepact.domain.ussd.UssdState.Screen.PAYMENTS;
import static com.voicepact.domain.ussd.UssdState.Screen.QUANTITY;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.Quantity;
import com.voicepact.domain.messaging.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The USSD menu as a pure function: (state, input, the caller's contracts) -> (screen, new state,
 * action). "0" goes back and "00" home on every screen; anything unexpected re-shows the screen.
 */
public final class UssdMenu {

    private final UssdScreens screens;
    private final UssdView view;
    private final UssdTermsChange terms;

    public UssdMenu(Language language, List<UssdContract> callersContractsNewestFirst) {
        this(language, () -> callersContractsNewestFirst);
    }

    /** Asks for the caller's contracts (newest first) once, and only for a screen about them (not main, help). */
    public UssdMenu(Language language, Supplier<List<UssdContract>> callersContractsNewestFirst) {
        this.screens = new UssdScreens(language);
        this.view = new UssdView(screens, callersContractsNewestFirst);
        this.terms = new UssdTermsChange(screens, view);
    }

    public UssdStep start() {
        return new UssdStep(screens.main(), UssdState.main(), null);
    }

    public UssdStep next(UssdState state, String rawInput) {
        String input = rawInput == null ? "" : rawInput.strip();
        if (input.equals("00")) {
            return start();
        }
        if (input.equals("0") && state.screen() != MAIN) {
            return show(UssdBack.from(state));
        }
        return switch (state.screen()) {
            case MAIN -> main(state, input);
            case LIST, DELIVERY_LIST -> list(state, input);
            case DETAIL -> detail(state, input);
            case QUANTITY -> quantity(state, input);
            case TERMS_FIELD, TERMS_VALUE, TERMS_CONFIRM -> terms.next(state, input);
            case PAYMENTS -> payments(state, input);
            case HELP -> input.equals("1") ? show(state.with(LANGUAGE)) : invalid(state);
            case LANGUAGE -> language(state, input);
            case ENDED -> start();
        };
    }

    private UssdStep main(UssdState state, String input) {
        return switch (input) {
            case "1" -> show(new UssdState(LIST, null, 0, LIST));
            case "2" -> show(new UssdState(DELIVERY_LIST, null, 0, DELIVERY_LIST));
            case "3" -> show(new UssdState(PAYMENTS, null, 0, MAIN));
            case "4" -> show(new UssdState(HELP, null, 0, MAIN));
            case "0" -> new UssdStep(screens.end(screens.text("ussd.exit")), state.with(ENDED), null);
            default -> invalid(state);
        };
    }

    private UssdStep list(UssdState state, String input) {
        List<UssdContract> items = view.listed(state.screen());
        if (input.equals("98") && (state.page() + 1) * UssdScreens.PAGE < items.size()) {
            return show(new UssdState(state.screen(), null, state.page() + 1, state.origin()));
        }
        List<UssdContract> page = UssdScreens.pageOf(items, state.page());
        int choice = number(input);
        if (choice < 1 || choice > page.size()) {
            return invalid(state);
        }
        return show(new UssdState(DETAIL, page.get(choice - 1).id(), state.page(), state.screen()));
    }

    private UssdStep detail(UssdState state, String input) {
        Optional<UssdContract> contract = view.contract(state);
        if (contract.isEmpty()) {
            return start();
        }
        List<UssdAction.Kind> actions = UssdMenuItems.of(contract.get());
        int choice = number(input);
        if (choice >= 1
                && actions.isEmpty()
                && contract.get().status() == ContractStatus.ACTIVE
                && contract.get().deliveryAccepted()) {
            // an action picked from the screen shown before the buyer accepted: say why it is gone
            // (payment.DisputePolicy)
            return new UssdStep(
                    screens.end(screens.text(
                            "ussd.release.started", state.contractId().value())),
                    state.with(ENDED),
                    null);
        }
        if (choice < 1 || choice > actions.size()) {
            return invalid(state);
        }
        UssdAction.Kind kind = actions.get(choice - 1);
        if (kind == UssdAction.Kind.PARTIAL_DELIVERY || kind == UssdAction.Kind.CHANGE_TERMS) {
            UssdState.Screen next = kind == UssdAction.Kind.CHANGE_TERMS ? UssdState.Screen.TERMS_FIELD : QUANTITY;
            return show(new UssdState(next, state.contractId(), state.page(), state.origin()));
        }
        UssdAction action = kind == UssdAction.Kind.CONFIRM
                ? new UssdAction(kind, state.contractId(), null, null, null, state.shown())
                : UssdAction.on(kind, state.contractId());
        return done(state, action, UssdMenuItems.done(kind), state.contractId().value());
    }

    /** A YES on terms changed since {@code state} showed them: the contract's screen again, its new terms, titled so. */
    public UssdStep termsChanged(UssdState state) {
        UssdState again = view.stamped(new UssdState(DETAIL, state.contractId(), state.page(), state.origin()));
        return new UssdStep(screens.withTitle(view.render(again), screens.text("ussd.terms.changed")), again, null);
    }

    private UssdStep quantity(UssdState state, String input) {
        String unit = view.contract(state).map(UssdContract::unit).orElse("units");
        BigDecimal quantity;
        try {
            quantity = new BigDecimal(input);
            Quantity.of(quantity, unit); // the one quantity rule, range included
        } catch (NumberFormatException | InvalidValueException e) {
            return new UssdStep(
                    screens.withTitle(view.render(state), screens.text("ussd.invalid.quantity")), state, null);
        }
        return done(
                state,
                new UssdAction(UssdAction.Kind.PARTIAL_DELIVERY, state.contractId(), quantity, null),
                "ussd.done.partial",
                quantity.toPlainString() + " " + unit);
    }

    private UssdStep payments(UssdState state, String input) {
        if (input.equals("98") && state.page() + 1 < view.paymentPageCount()) {
            return show(new UssdState(PAYMENTS, null, state.page() + 1, MAIN));
        }
        return invalid(state);
    }

    private UssdStep language(UssdState state, String input) {
        Language chosen = input.equals("1") ? Language.EN : input.equals("2") ? Language.SW : null;
        if (chosen == null) {
            return invalid(state);
        }
        String done = new UssdScreens(chosen).end(new UssdScreens(chosen).text("ussd.language.set"));
        return new UssdStep(done, state.with(ENDED), new UssdAction(UssdAction.Kind.SET_LANGUAGE, null, null, chosen));
    }

    private UssdStep done(UssdState state, UssdAction action, String key, String arg) {
        return new UssdStep(screens.end(screens.text(key, arg)), state.with(ENDED), action);
    }

    /** The screen an action's failure is told on: END with the reason, shortened to fit. */
    public String failed(String reason) {
        return screens.end(screens.text("ussd.failed", UssdScreens.shorten(reason, 150)));
    }

    /** The screen for a session whose accumulated text grew too long to serve: END, dial again. */
    public String tooLong() {
        return screens.end(screens.text("ussd.too.long"));
    }

    /** For a session id sent from a phone other than its own: END, nothing of that session shown, dial again. */
    public String otherPhone() {
        return screens.end(screens.text("ussd.other.phone"));
    }

    public String serviceError() {
        return screens.end(screens.text("ussd.error"));
    }

    private UssdStep show(UssdState state) {
        UssdState shown = view.stamped(state);
        return new UssdStep(view.render(shown), shown, null);
    }

    private UssdStep invalid(UssdState state) {
        UssdState shown = view.stamped(state);
        return new UssdStep(screens.withTitle(view.render(shown), screens.text("ussd.invalid")), shown, null);
    }

    private static int number(String input) {
        return input.matches("\\d{1,3}") ? Integer.parseInt(input) : -1;
    }
}
