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

    /** What the HMAC keys need at least ({@code AuditChain}, {@code PaymentReference}): 32 bytes. */
    static final int KEY_BYTES = 32;

    static SecuritySettings read(EnvironmentVariables env) {
        List<String> hashes = env.list(Variable.VOICEPACT_API_KEYS);
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
