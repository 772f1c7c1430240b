package com.voicepact.application.phone;

import com.voicepact.application.contract.port.in.ContractNotFoundException;
import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.TermsChangedException;
import com.voicepact.domain.contract.TermsSeen;
import com.voicepact.domain.ussd.UssdAction;
import com.voicepact.domain.ussd.UssdMenu;
import com.voicepact.domain.ussd.UssdState;
import com.voicepact.domain.ussd.UssdStep;

/**
 * What a USSD menu item does, carried out through the contract use cases as the caller from their own phone on the
 * USSD channel. Not a service: the USSD service runs it inside the unit of work that also stores the session.
 */
public final class UssdActions {

    private final PartyActions actions;
    private final LanguagePreferences languages;

    public UssdActions(PartyActions actions, LanguagePreferences languages) {
        this.actions = actions;
        this.languages = languages;
    }

    /**
     * Runs the step's action: the step when it was done; a YES on terms changed since {@code before} showed them gets
     * those terms shown again, to confirm or not; any other refusal ends the session with its reason.
     */
    public UssdStep run(UssdStep step, UssdState before, PhoneNumber phone, UssdMenu menu) {
        UssdAction action = step.action();
        try {
            if (action.kind() == UssdAction.Kind.SET_LANGUAGE) {
                languages.choose(phone, action.language());
            } else {
                actions.run(partyAction(action), phone, Channel.USSD);
            }
            return step;
        } catch (TermsChangedException changed) {
            return menu.termsChanged(before);
        } catch (DomainException | ContractNotFoundException refused) {
            return new UssdStep(menu.failed(refused.getMessage()), step.state(), null);
        }
    }

    /** The party's action a contract's menu item stands for. */
    private static PartyActions.Action partyAction(UssdAction action) {
        ContractId id = action.contractId();
        return switch (action.kind()) {
            case CONFIRM -> PartyActions.Action.confirm(id, TermsSeen.shown(action.shown()));
            case DECLINE -> PartyActions.Action.of(PartyActions.Kind.DECLINE, id);
            case FULL_DELIVERY, PARTIAL_DELIVERY ->
                new PartyActions.Action(PartyActions.Kind.REPORT_DELIVERY, id, action.quantity(), null);
            case ACCEPT_DELIVERY -> PartyActions.Action.of(PartyActions.Kind.ACCEPT_DELIVERY, id);
            case REPORT_ISSUE ->
                new PartyActions.Action(PartyActions.Kind.RAISE_DISPUTE, id, null, "issue reported on USSD");
            case CHANGE_TERMS -> PartyActions.Action.amend(id, action.correction());
            case SET_LANGUAGE -> throw new IllegalStateException("a language is no party's action");
        };
    }
}
