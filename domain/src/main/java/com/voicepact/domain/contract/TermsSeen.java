package com.voicepact.domain.contract;

import java.time.Instant;
import java.util.Optional;

/**
 * What a party deciding on a contract is known to have seen of its terms: the moment they sent their answer (an SMS's
 * date as the provider stamped it: the terms in force then are the ones they answered), the fingerprint of the terms a
 * screen showed them (USSD), or nothing known (the answer is judged when it arrives). Either part may be null.
 */
public record TermsSeen(Instant sentAt, String fingerprint) {

    /** Nothing known of what the party saw: the decision is on the terms in force when it arrives. */
    public static TermsSeen unknown() {
        return new TermsSeen(null, null);
    }

    /** The party sent their answer at {@code sentAt} (null: unknown), replying to the terms in force then. */
    public static TermsSeen sentAt(Instant sentAt) {
        return new TermsSeen(sentAt, null);
    }

    /** The party was shown the terms with {@code fingerprint} (null: unknown). */
    public static TermsSeen shown(String fingerprint) {
        return new TermsSeen(null, fingerprint);
    }

    /**
     * What was seen as judged at {@code arrival}: a send time after it (a provider's clock ahead of ours, a local time
     * without an offset read as UTC) is not trusted, and the answer counts as sent when it arrived.
     */
    public TermsSeen notAfter(Instant arrival) {
        return sentAt != null && arrival != null && sentAt.isAfter(arrival)
                ? new TermsSeen(arrival, fingerprint)
                : this;
    }

    public Optional<Instant> sent() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<String> shownFingerprint() {
        return Optional.ofNullable(fingerprint);
    }
}
