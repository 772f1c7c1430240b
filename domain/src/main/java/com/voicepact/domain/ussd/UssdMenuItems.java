package com.voicepact.domain.ussd;

import com.voicepact.domain.contract.ContractAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The items of a contract's detail screen: which actions the menu offers, and the catalog keys of their label and answer. */
final class UssdMenuItems {

    private UssdMenuItems() {}

    /**
     * The menu items for what the caller may do ({@link UssdContract#allowedActions()}, the contract's own rule), in screen
     * order. An issue is offered next to a delivery step only: a buyer still waiting for the goods is not asked about them.
     */
    static List<UssdAction.Kind> of(UssdContract c) {
        Set<ContractAction> allowed = c.allowedActions();
        List<UssdAction.Kind> items = new ArrayList<>();
        for (ContractAction action : allowed) {
            items.addAll(
                    switch (action) {
                        case CONFIRM -> List.of(UssdAction.Kind.CONFIRM);
                        case DECLINE -> List.of(UssdAction.Kind.DECLINE);
                        case REPORT_DELIVERY ->
                            List.of(UssdAction.Kind.FULL_DELIVERY, UssdAction.Kind.PARTIAL_DELIVERY);
                        case ACCEPT_DELIVERY -> List.of(UssdAction.Kind.ACCEPT_DELIVERY);
                        case RAISE_DISPUTE -> List.of();
                        case AMEND_TERMS -> List.of(UssdAction.Kind.CHANGE_TERMS);
                    });
        }
        if (allowed.contains(ContractAction.RAISE_DISPUTE) && !items.isEmpty()) {
            items.add(UssdAction.Kind.REPORT_ISSUE);
        }
        return items;
    }

    static String label(UssdAction.Kind kind) {
        return switch (kind) {
            case CONFIRM -> "ussd.act.confirm";
            case DECLINE -> "ussd.act.decline";
            case FULL_DELIVERY -> "ussd.act.full";
            case PARTIAL_DELIVERY -> "ussd.act.partial";
            case ACCEPT_DELIVERY -> "ussd.act.accept";
            case REPORT_ISSUE -> "ussd.act.issue";
            case CHANGE_TERMS -> "ussd.act.change";
            case SET_LANGUAGE -> "ussd.language";
        };
    }

    static String done(UssdAction.Kind kind) {
        return switch (kind) {
            case CONFIRM -> "ussd.done.confirm";
            case DECLINE -> "ussd.done.decline";
            case FULL_DELIVERY -> "ussd.done.full";
            case ACCEPT_DELIVERY -> "ussd.done.accept";
            default -> "ussd.done.issue";
        };
    }
}
