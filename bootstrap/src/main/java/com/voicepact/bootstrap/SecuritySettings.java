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

    static SecuritySettings read(EnvironmentVariables env) {
        return new SecuritySettings(
                env.list(Variable.VOICEPACT_API_KEYS),
                env.given(Variable.VOICEPACT_AUDIT_KEY),
                env.given(Variable.VOICEPACT_REFERENCE_KEY));
    }

    @Override
    public String toString() {
        return "SecuritySettings[" + apiKeyHashes.size() + " operator key(s), audit key "
                + (auditKey == null ? "generated" : "set") + ", reference key "
                + (referenceKey == null ? "generated" : "set") + "]";
    }
}
