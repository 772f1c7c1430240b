package com.voicepact.domain.ussd;

import static com.voicepact.domain.ussd.UssdState.Screen.ENDED;
import static com.voicepact.domain.ussd.UssdState.Screen.TERMS_CONFIRM;
import static com.voicepact.domain.ussd.UssdState.Screen.TERMS_VALUE;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.contract.TermCorrection.Field;
import com.voicepact.domain.messaging.CorrectionValues;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Change terms" on a pending contract, as pure as the menu: choose the term (price, quantity, place, date), type the
 * new value, confirm. The value is read by the one reader of the SMS corrections ({@link CorrectionValues}) and kept in
 * the state's draft until confirmed; the use case checks it again against the contract when the action runs (a date in
 * the past, say, is told on the END screen).
 */
final class UssdTermsChange {

    /** The terms offered, in screen order (1-4). */
    static final List<Field> FIELDS = List.of(Field.PRICE, Field.QUANTITY, Field.PLACE, Field.DATE);
    /** The longest value the draft keeps: the stored state is at most 120 characters. */
    static final int MAX_VALUE = 60;

    private final UssdScreens screens;
    private final UssdView view;

    UssdTermsChange(UssdScreens screens, UssdView view) {
        this.screens = screens;
        this.view = view;
    }

    UssdStep next(UssdState state, String input) {
        Optional<UssdContract> contract = view.contract(state);
        if (contract.isEmpty()) {
            return new UssdStep(screens.main(), UssdState.main(), null);
        }
        return switch (state.screen()) {
            case TERMS_FIELD ->
                input.matches("[1-4]")
                        ? show(state.drafting(
                                TERMS_VALUE,
                                FIELDS.get(Integer.parseInt(input) - 1).name()))
                        : invalid(state, screens.text("ussd.invalid"));
            case TERMS_VALUE -> value(state, input, contract.get());
            default -> confirm(state, input, contract.get());
        };
    }

    private UssdStep value(UssdState state, String input, UssdContract contract) {
        Field field = Field.valueOf(state.draft());
        return read(field, input, contract)
                .map(c -> show(state.drafting(TERMS_CONFIRM, field.name() + ":" + input)))
                .orElseGet(() -> invalid(state, screens.text("ussd.terms.invalid", term(field))));
    }

    private UssdStep confirm(UssdState state, String input, UssdContract contract) {
        if (!input.equals("1")) {
            return invalid(state, screens.text("ussd.invalid"));
        }
        String[] draft = state.draft().split(":", 2);
        Field field = Field.valueOf(draft[0]);
        TermCorrection correction = read(field, draft[1], contract).orElseThrow(); // read when it was typed
        String done =
                screens.text("ussd.done.change", term(field), contract.id().value(), shown(correction, contract));
        return new UssdStep(
                screens.end(done),
                state.with(ENDED),
                new UssdAction(UssdAction.Kind.CHANGE_TERMS, contract.id(), null, null, correction));
    }

    /** The screen of a step of the change: which term, the value's prompt, or the confirmation. */
    static String render(UssdScreens screens, UssdContract contract, UssdState state) {
        String nav = "\n" + screens.text("ussd.nav");
        return switch (state.screen()) {
            case TERMS_FIELD ->
                screens.con(screens.text("ussd.terms.field", contract.id().value()) + nav);
            case TERMS_VALUE -> {
                Field field = Field.valueOf(state.draft());
                yield screens.con(screens.text(
                                "ussd.terms." + field.name().toLowerCase(Locale.ROOT),
                                contract.value().currency(),
                                contract.unit())
                        + nav);
            }
            default -> {
                String[] draft = state.draft().split(":", 2);
                Field field = Field.valueOf(draft[0]);
                String value = read(field, draft[1], contract)
                        .map(c -> shown(c, contract))
                        .orElse(draft[1]);
                yield screens.con(screens.text(
                                "ussd.terms.confirm",
                                screens.text("term." + field.name().toLowerCase(Locale.ROOT)),
                                contract.id().value(),
                                UssdScreens.shorten(value, 40))
                        + nav);
            }
        };
    }

    /** The correction {@code input} asks for, when it is one for this contract's currency; empty when it is none. */
    private static Optional<TermCorrection> read(Field field, String input, UssdContract contract) {
        if (input.isBlank() || input.length() > MAX_VALUE) {
            return Optional.empty();
        }
        try {
            TermCorrection correction = CorrectionValues.read(field, input, contract.id());
            if (correction instanceof TermCorrection.NewPrice price) {
                InvalidValueException.require(
                        price.currency() == null
                                || price.currency() == contract.value().currency(),
                        "currency");
                Money.positive(price.amount(), contract.value().currency(), "price");
            }
            return Optional.of(correction);
        } catch (InvalidValueException notAValue) {
            return Optional.empty();
        }
    }

    /** The new value as the screens show it: {@code KES 250}, {@code 80 crates}, {@code Kitale}, {@code 2026-12-20}. */
    private static String shown(TermCorrection correction, UssdContract contract) {
        if (correction instanceof TermCorrection.NewPrice p) {
            return contract.value().currency() + " " + p.amount().toPlainString();
        }
        if (correction instanceof TermCorrection.NewQuantity q) {
            return q.value().toPlainString() + " " + (q.unit() == null ? contract.unit() : q.unit());
        }
        if (correction instanceof TermCorrection.NewPlace p) {
            return p.place();
        }
        if (correction instanceof TermCorrection.NewDate d) {
            return d.date().toString();
        }
        return ((TermCorrection.NewProduct) correction).name();
    }

    private String term(Field field) {
        return screens.text("term." + field.name().toLowerCase(Locale.ROOT));
    }

    private UssdStep show(UssdState state) {
        return new UssdStep(view.render(state), state, null);
    }

    private UssdStep invalid(UssdState state, String title) {
        return new UssdStep(screens.withTitle(view.render(state), title), state, null);
    }
}
