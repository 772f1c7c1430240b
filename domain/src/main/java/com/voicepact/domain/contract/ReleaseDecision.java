package com.voicepact.domain.contract;

/** What a {@link ReleasePolicy} says of a release: {@link Allowed}, or {@link Rejected} with the typed reason. */
public sealed interface ReleaseDecision permits ReleaseDecision.Allowed, ReleaseDecision.Rejected {

    /** Nothing this policy checks blocks the release. */
    record Allowed() implements ReleaseDecision {}

    /** The release is blocked, for {@code blocker}. */
    record Rejected(ReleaseBlocker blocker) implements ReleaseDecision {

        public Rejected {
            java.util.Objects.requireNonNull(blocker, "blocker");
        }
    }

    static ReleaseDecision allowedIf(boolean condition, ReleaseBlocker otherwise) {
        return condition ? new Allowed() : new Rejected(otherwise);
    }
}
