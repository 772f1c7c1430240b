package com.voicepact.domain.contract;

import com.voicepact.domain.StateConflictException;

/**
 * A YES on terms that changed after the party saw them ({@link CurrentTermsPolicy}): nothing is recorded; the party is
 * shown the new terms and may confirm those.
 */
public final class TermsChangedException extends StateConflictException {

    /** Why the YES is not on the current terms. */
    public enum Reason {
        /** The reply named no version or another one than the current ({@code YES-<id>} or {@code YES-<id>-<old n>}). */
        OTHER_VERSION_NAMED("named terms that are no longer current"),
        /** The SMS was sent (AT's date) before the current terms were made. */
        SENT_BEFORE_CHANGE("sent before the terms changed"),
        /** The screen the party confirmed on showed other terms. */
        SHOWN_OTHER_TERMS("given on terms that have changed since they were shown");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final ContractId contract;
    private final Reason reason;
    private final int currentVersion;

    public TermsChangedException(ContractId contract, Reason reason, TermsAgreement current) {
        super("the terms of " + contract.value() + " changed: this YES was " + reason.description()
                + (reason == Reason.SENT_BEFORE_CHANGE ? " at " + current.termsSince() : "")
                + "; the current terms are version " + current.termsVersion());
        this.contract = contract;
        this.reason = reason;
        this.currentVersion = current.termsVersion();
    }

    public ContractId contract() {
        return contract;
    }

    public Reason reason() {
        return reason;
    }

    /** The version of the terms a YES must name now ({@code YES-<id>-<n>}). */
    public int currentVersion() {
        return currentVersion;
    }
}
