package com.voicepact.domain.messaging;

import com.voicepact.domain.contract.Contract;

/**
 * The reply that agrees to a contract's current terms: {@code YES-<id>} for terms never changed (the original SMS
 * format), {@code YES-<id>-<n>} once they changed, n being the version of the terms (2 after the first change; the rule
 * is {@link com.voicepact.domain.contract.CurrentTermsPolicy}).
 */
public final class YesReply {

    private YesReply() {}

    /** What follows {@code YES-}: {@code AG-2026-000123}, or {@code AG-2026-000123-2} once the terms changed. */
    public static String idOf(Contract contract) {
        return contract.id()
                + (contract.agreement().termsChanged()
                        ? "-" + contract.agreement().termsVersion()
                        : "");
    }

    /** The whole reply: {@code YES-AG-2026-000123-2}. */
    public static String of(Contract contract) {
        return "YES-" + idOf(contract);
    }
}
