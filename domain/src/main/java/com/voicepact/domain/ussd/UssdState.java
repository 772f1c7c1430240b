package com.voicepact.domain.ussd;

import com.voicepact.domain.contract.ContractId;

/**
 * Where the caller is in the menu: the screen, the contract it is about (if any), the page of a
 * list, the list a contract was opened from (for "0. Back"), and a change of terms being drafted
 * ({@code draft}: the field, then {@code :} and the value typed; null otherwise), and the fingerprint of the terms a
 * contract's screen showed ({@code shown}; null otherwise), so that a YES pressed there is on those terms only. Stored
 * between hops as text.
 */
public record UssdState(Screen screen, ContractId contractId, int page, Screen origin, String draft, String shown) {

    public UssdState(Screen screen, ContractId contractId, int page, Screen origin) {
        this(screen, contractId, page, origin, null, null);
    }

    public UssdState(Screen screen, ContractId contractId, int page, Screen origin, String draft) {
        this(screen, contractId, page, origin, draft, null);
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

    /** The same state, having shown the terms with {@code fingerprint}. */
    UssdState showing(String fingerprint) {
        return new UssdState(screen, contractId, page, origin, draft, fingerprint);
    }

    /**
     * {@code SCREEN|id|page|origin}, then {@code |draft} when drafting ({@code %} and {@code |} escaped in it), then
     * {@code |shown} when terms were shown (the draft part then empty when there is none).
     */
    public String encode() {
        String base = screen + "|" + (contractId == null ? "" : contractId.value()) + "|" + page + "|" + origin;
        String drafted =
                draft == null ? base : base + "|" + draft.replace("%", "%25").replace("|", "%7C");
        return shown == null ? drafted : (draft == null ? base + "|" : drafted) + "|" + shown;
    }

    public static UssdState decode(String text) {
        String[] p = text.split("\\|", -1);
        return new UssdState(
                Screen.valueOf(p[0]),
                p[1].isEmpty() ? null : ContractId.parse(p[1]),
                Integer.parseInt(p[2]),
                Screen.valueOf(p[3]),
                p.length > 4 && !(p.length > 5 && p[4].isEmpty())
                        ? p[4].replace("%7C", "|").replace("%25", "%")
                        : null,
                p.length > 5 && !p[5].isEmpty() ? p[5] : null);
    }
}
