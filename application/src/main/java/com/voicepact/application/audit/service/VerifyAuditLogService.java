package com.voicepact.application.audit.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.audit.port.in.VerifyAuditLogUseCase;
import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.domain.audit.AuditVerification;

public final class VerifyAuditLogService implements VerifyAuditLogUseCase {

    private final AuditLog log;
    private final AuditTrail trail;

    public VerifyAuditLogService(AuditLog log, AuditTrail trail) {
        this.log = log;
        this.trail = trail;
    }

    @Override
    public AuditVerification verify() {
        return trail.chain().verify(log.allInOrder());
    }
}
