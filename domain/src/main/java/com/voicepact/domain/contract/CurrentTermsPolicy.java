package com.voicepact.domain.contract;

import java.util.Optional;

/**
 * The rule that a YES binds a party only to terms they saw: a YES sent before the current version of the terms was
 * made (a correction came in between), or given on a screen that showed other terms, is an answer to terms that no
 * longer exist and does not count ({@link TermsChangedException}). What the party saw is judged from {@link TermsSeen};
 * when nothing is known, the YES is on the terms in force when it arrives. A NO is never judged by this rule: refusing
 * binds nobody, so a NO sent before a change still declines.
 */
public final class CurrentTermsPolicy {

    private CurrentTermsPolicy() {}

    /** Why a YES given having seen {@code seenOrNull} (null: unknown) is not on the current terms; empty when it is. */
    public static Optional<String> staleness(TermsAgreement agreement, TermsSeen seenOrNull) {
        TermsSeen seen = seenOrNull == null ? TermsSeen.unknown() : seenOrNull;
        if (seen.sent().filter(sent -> sent.isBefore(agreement.termsSince())).isPresent()) {
            return Optional.of("sent before the terms changed at " + agreement.termsSince());
        }
        if (seen.shownFingerprint()
                .filter(shown -> !shown.equals(agreement.fingerprint()))
                .isPresent()) {
            return Optional.of("given on terms that have changed since they were shown");
        }
        return Optional.empty();
    }

    /**
     * @throws TermsChangedException when the YES is not on the current terms of {@code contract}
     */
    static void require(Contract contract, TermsSeen seen) {
        Optional<String> stale = staleness(contract.agreement(), seen);
        if (stale.isPresent()) {
            throw new TermsChangedException(contract.id(), stale.get());
        }
    }
}
