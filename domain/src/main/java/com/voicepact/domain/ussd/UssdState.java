package com.voicepact.domain.ussd;

import com.voicepact.domain.contract.ContractId;

/**
 * Where the caller is in the menu: the screen, the contract it is about (if any), the page of a
 * list, the list a contract was opened from (for "0. Back"), and a change of terms being drafted
 * ({@code draft}: the field, then {@code :} and the value typed; null otherwise). Stored between hops as text.
 */
public record UssdState(Screen screen, ContractId contractId, int page, Screen origin, String draft) {

    public UssdState(Screen screen, ContractId contractId, int page, Screen origin) {
        this(screen, contractId, page, origin, null);
    }

    public enum Screen {
        MAIN,
        LIST,
        DELIVERY_LIST,
        DETAIL,
        QUANTITY,
        TERMS_FIELD,
        TERMS_VALUE,
        TERMS_CONFIRM,
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

    /** The same state with {@code draft} (the field of a change of terms, then maybe {@code :value}). */
    UssdState drafting(Screen next, String newDraft) {
        return new UssdState(next, contractId, page, origin, newDraft);
    }

    /** {@code SCREEN|id|page|origin}, then {@code |draft} when drafting ({@code %} and {@code |} escaped in it). */
    public String encode() {
        String base = screen + "|" + (contractId == null ? "" : contractId.value()) + "|" + page + "|" + origin;
        return draft == null ? base : base + "|" + draft.replace("%", "%25").replace("|", "%7C");
    }

    public static UssdState decode(String text) {
        String[] p = text.split("\\|", -1);
        return new UssdState(
                Screen.valueOf(p[0]),
                p[1].isEmpty() ? null : ContractId.parse(p[1]),
                Integer.parseInt(p[2]),
                Screen.valueOf(p[3]),
                p.length > 4 ? p[4].replace("%7C", "|").replace("%25", "%") : null);
    }
}
