package com.voicepact.domain.contract;

import com.voicepact.domain.contract.TermsChangedException.Reason;
import java.util.Optional;

/**
 * The rule that a YES binds a party only to terms they saw: a YES that names another version of the terms than the
 * current one (once the terms changed, a text reply must name it: {@code YES-<id>-<n>}; a plain {@code YES-<id>} names
 * version 1), a YES sent before the current version was made (a correction came in between), or one given on a screen
 * that showed other terms, is an answer to terms that no longer exist and does not count
 * ({@link TermsChangedException}, with its {@link Reason}). What the party saw is judged from {@link TermsSeen}; when
 * nothing is known, the YES is on the terms in force when it arrives. A NO is never judged by this rule: refusing binds
 * nobody, so a NO sent before a change still declines.
 */
public final class CurrentTermsPolicy {

    private CurrentTermsPolicy() {}

    /**
     * Why a YES given having seen {@code seenOrNull} (null: unknown) is not on the current terms; empty when it is. A
     * YES sent before the change is told so first (it named the only terms there were then).
     */
    public static Optional<Reason> staleness(TermsAgreement agreement, TermsSeen seenOrNull) {
        TermsSeen seen = seenOrNull == null ? TermsSeen.unknown() : seenOrNull;
        // Terms never changed have no earlier version a YES could have answered (a provider's clock behind ours is
        // no change); once they changed, a reply stamped before the change is refused even when it names the new
        // version, since money never follows a doubtful answer: the party sends it again.
        boolean mayPrecedeTheChange = agreement.termsVersion() > 1;
        if (mayPrecedeTheChange
                && seen.sent()
                        .filter(sent -> sent.isBefore(agreement.termsSince()))
                        .isPresent()) {
            return Optional.of(Reason.SENT_BEFORE_CHANGE);
        }
        if (seen.version().filter(named -> named != agreement.termsVersion()).isPresent()) {
            return Optional.of(Reason.OTHER_VERSION_NAMED);
        }
        if (seen.shownFingerprint()
                .filter(shown -> !shown.equals(agreement.fingerprint()))
                .isPresent()) {
            return Optional.of(Reason.SHOWN_OTHER_TERMS);
        }
        return Optional.empty();
    }

    /**
     * @throws TermsChangedException when the YES is not on the current terms of {@code contract}
     */
    static void require(Contract contract, TermsSeen seen) {
        Optional<Reason> stale = staleness(contract.agreement(), seen);
        if (stale.isPresent()) {
            throw new TermsChangedException(contract.id(), stale.get(), contract.agreement());
        }
    }
}
