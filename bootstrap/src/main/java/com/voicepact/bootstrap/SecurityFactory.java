package com.voicepact.bootstrap;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import com.voicepact.domain.audit.AuditChain;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Operator API keys and the audit key: configured, or on the embedded default made once and kept. */
@Factory
class SecurityFactory {

    static final String OPERATOR_KEY_FILE = "operator-api-key";
    static final String AUDIT_KEY_FILE = "audit-hmac-key";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityFactory.class);

    @Singleton
    OperatorKeys operatorKeys(VoicePactSettings settings) {
        if (!settings.security().apiKeyHashes().isEmpty()) {
            return OperatorKeys.fromSha256Hex(settings.security().apiKeyHashes());
        }
        // Production mode without keys was refused when the settings were read (SecuritySettings.NO_OPERATOR_KEY).
        LocalSecrets secrets = new LocalSecrets(settings.storage().dataDir());
        String key = secrets.existing(OPERATOR_KEY_FILE).orElseGet(() -> {
            String created = secrets.create(OPERATOR_KEY_FILE);
            // a terminal shows the key once; a JSON log goes to a collector, which must not hold it
            StartupNotice.tell(
                    settings.service(),
                    "json".equals(settings.service().logFormat())
                            ? "VoicePact operator API key made; it is kept in " + secrets.pathOf(OPERATOR_KEY_FILE)
                                    + " (owner-only), never logged"
                            : "VoicePact operator API key (shown once; kept in " + secrets.pathOf(OPERATOR_KEY_FILE)
                                    + "): " + created);
            return created;
        });
        return OperatorKeys.fromSha256Hex(List.of(OperatorKeys.sha256Hex(key)));
    }

    @Singleton
    AuditChain auditChain(VoicePactSettings settings) {
        String key = settings.security().auditKey();
        if (key == null) {
            LocalSecrets secrets = new LocalSecrets(settings.storage().dataDir());
            key = secrets.existing(AUDIT_KEY_FILE).orElseGet(() -> secrets.create(AUDIT_KEY_FILE));
            if (!settings.isEmbedded()) {
                LOG.warn("VOICEPACT_AUDIT_KEY is not set: using the key kept in {}", secrets.pathOf(AUDIT_KEY_FILE));
            }
        }
        return new AuditChain(key.getBytes(StandardCharsets.UTF_8));
    }
}
