package com.voicepact.application.shared.port.out;

/**
 * Where a refused provider callback is counted (the metrics of this node): the web adapter's callback guard
 * tells it each refusal and why, so an operator sees forgeries, replays and misconfigured providers.
 */
public interface CallbackRefusalsPort {

    /** Why a callback was refused; {@link #label()} is what the metrics show. */
    enum Reason {
        /** The source address is not on the allowlist (403). */
        SOURCE_NOT_ALLOWED("source_not_allowed"),
        /** The URL token is missing or not ours. */
        WRONG_TOKEN("wrong_token"),
        /** The signature headers are missing or not well formed. */
        UNSIGNED("unsigned"),
        /** The signature does not match the body: forged or altered. */
        FORGED("forged"),
        /** The signed timestamp is outside the 5-minute window. */
        STALE("stale"),
        /** A signed callback received before. */
        REPLAYED("replayed"),
        /** Authentic, but its body cannot be read (empty, not one JSON value, not a form). */
        MALFORMED("malformed");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One callback was refused for {@code reason}; must not throw (the refusal is answered regardless). */
    void refused(Reason reason);
}
