package com.voicepact.domain.contract;

import java.time.Instant;
import java.util.Optional;

/**
 * What a party deciding on a contract is known to have seen of its terms: the moment they sent their answer (an SMS's
 * date as the provider stamped it: the terms in force then are the ones they answered), the fingerprint of the terms a
 * screen showed them (USSD), the version of the terms a text reply named ({@code YES-<id>-<n>}; a plain
 * {@code YES-<id>} names version 1, the terms the contract was made with), or nothing known (the answer is judged when
 * it arrives). Any part may be null.
 */
public record TermsSeen(Instant sentAt, String fingerprint, Integer namedVersion) {

    public TermsSeen(Instant sentAt, String fingerprint) {
        this(sentAt, fingerprint, null);
    }

    /** Nothing known of what the party saw: the decision is on the terms in force when it arrives. */
    public static TermsSeen unknown() {
        return new TermsSeen(null, null, null);
    }

    /** The party sent their answer at {@code sentAt} (null: unknown), replying to the terms in force then. */
    public static TermsSeen sentAt(Instant sentAt) {
        return new TermsSeen(sentAt, null, null);
    }

    /**
     * A text reply sent at {@code sentAt} (null: unknown) naming version {@code namedVersion} of the terms (null: a
     * plain {@code YES-<id>}, which names version 1).
     */
    public static TermsSeen reply(Instant sentAt, Integer namedVersion) {
        return new TermsSeen(sentAt, null, namedVersion == null ? 1 : namedVersion);
    }

    /** The party was shown the terms with {@code fingerprint} (null: unknown). */
    public static TermsSeen shown(String fingerprint) {
        return new TermsSeen(null, fingerprint, null);
    }

    /**
     * What was seen as judged at {@code arrival}: a send time after it (a provider's clock ahead of ours, a local time
     * without an offset read as UTC) is not trusted, and the answer counts as sent when it arrived.
     */
    public TermsSeen notAfter(Instant arrival) {
        return sentAt != null && arrival != null && sentAt.isAfter(arrival)
                ? new TermsSeen(arrival, fingerprint, namedVersion)
                : this;
    }

    public Optional<Instant> sent() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> shownFingerprint() {
        return Optional.ofNullable(fingerprint);
    }

    /** The version of the terms the reply named; empty when the answer named none (a screen, an API call). */
    public Optional<Integer> version() {
        return Optional.ofNullable(namedVersion);
    }
}
