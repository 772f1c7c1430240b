package com.voicepact.domain.ussd;

import com.voicepact.domain.contract.ContractId;

/**
 * Where the caller is in the menu: the screen, the contract it is about (if any), the page of a
 * list, and the list a contract was opened from (for "0. Back"). Stored between hops as text.
 */
public record UssdState(Screen screen, ContractId contractId, int page, Screen origin) {

    public enum Screen {
        MAIN,
        LIST,
        DELIVERY_LIST,
        DETAIL,
        QUANTITY,
        PAYMENTS,
        HELP,
        LANGUAGE,
        ENDED
    }

    public static UssdState main() {
        return new UssdState(Screen.MAIN, null, 0, Screen.MAIN);
    }

    UssdState with(Screen next) {
        return new UssdState(next, contractId, 0, origin);
    }

    public String encode() {
        return screen + "|" + (contractId == null ? "" : contractId.value()) + "|" + page + "|" + origin;
    }

    public static UssdState decode(String text) {
        String[] p = text.split("\\|", -1);
        return new UssdState(
                Screen.valueOf(p[0]),
                p[1].isEmpty() ? null : ContractId.parse(p[1]),
                Integer.parseInt(p[2]),
                Screen.valueOf(p[3]));
    }
}
