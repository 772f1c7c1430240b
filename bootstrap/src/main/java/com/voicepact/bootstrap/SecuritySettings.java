package com.voicepact.bootstrap;

import java.util.List;

/**
 * The service's secrets. Each absent one is made once on the embedded default and kept under the data directory
 * ({@link SecurityFactory}, {@link EscrowFactory}).
 *
 * @param apiKeyHashes {@code VOICEPACT_API_KEYS}: SHA-256 hex digests of the operator keys; empty when not set
 * @param auditKey {@code VOICEPACT_AUDIT_KEY}, the audit chain's HMAC key, or null
 * @param referenceKey {@code VOICEPACT_REFERENCE_KEY}, the payment references' HMAC key, or null
 */
record SecuritySettings(List<String> apiKeyHashes, String auditKey, String referenceKey) {

    SecuritySettings {
        apiKeyHashes = List.copyOf(apiKeyHashes);
    }

    /** The refusal of production mode without operator keys: what to set, and how to make a key. */
    static final String NO_OPERATOR_KEY = Variable.VOICEPACT_API_KEYS
            + " must be set when DATABASE_URL is (production mode), or every operator endpoint answers 401. Make a key:"
            + " KEY=$(openssl rand -base64 32); give it to the operators for the X-API-Key header and set "
            + Variable.VOICEPACT_API_KEYS
            + " to the 64 hex digits of printf %s \"$KEY\" | sha256sum (several keys: comma-separated)";

    /** What the HMAC keys need at least ({@code AuditChain}, {@code PaymentReference}): 32 bytes. */
    static final int KEY_BYTES = 32;

    /**
     * @param embedded whether the service runs on the embedded default (no {@code DATABASE_URL}), which makes an operator
     *        key itself when none is configured
     * @throws StartupRefusedException for an entry that is no SHA-256 digest, and in production mode ({@code DATABASE_URL}
     *         set) when no operator key is configured: every operator endpoint would answer 401
     */
    static SecuritySettings read(EnvironmentVariables env, boolean embedded) {
        List<String> hashes = env.list(Variable.VOICEPACT_API_KEYS);
        EnvironmentVariables.refuseIf(hashes.isEmpty() && !embedded, NO_OPERATOR_KEY);
        for (int i = 0; i < hashes.size(); i++) {
            EnvironmentVariables.refuseIf(
                    !hashes.get(i).matches("[0-9a-fA-F]{64}"),
                    Variable.VOICEPACT_API_KEYS + " entry " + (i + 1)
                            + " must be the SHA-256 of an operator key, 64 hex digits (printf %s KEY | sha256sum)");
        }
        return new SecuritySettings(
                hashes,
                env.secret(Variable.VOICEPACT_AUDIT_KEY, KEY_BYTES),
                env.secret(Variable.VOICEPACT_REFERENCE_KEY, KEY_BYTES));
    }

    @Override
    public String toString() {
        return "SecuritySettings[" + apiKeyHashes.size() + " operator key(s), audit key "
                + (auditKey == null ? "generated" : "set") + ", reference key "
                + (referenceKey == null ? "generated" : "set") + "]";
    }
}
