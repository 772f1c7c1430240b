package com.voicepact.application.audit.port.in;

import com.voicepact.domain.audit.AuditVerification;

public interface VerifyAuditLogUseCase {

    /** Recomputes the HMAC chain: any edited or deleted entry is reported. */
    AuditVerification verify();
}
