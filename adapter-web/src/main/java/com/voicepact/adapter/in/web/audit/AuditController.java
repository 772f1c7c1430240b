package com.voicepact.adapter.in.web.audit;

import com.voicepact.adapter.in.web.openapi.JsonErrors;
import com.voicepact.application.audit.port.in.VerifyAuditLogUseCase;
import com.voicepact.domain.audit.AuditVerification;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** Lets an operator check that nobody edited or deleted an audit entry. */
@JsonErrors
@Controller("/api/v1/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AuditController {

    private final VerifyAuditLogUseCase verify;

    AuditController(VerifyAuditLogUseCase verify) {
        this.verify = verify;
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record VerificationResponse(
            boolean intact, long entriesChecked, @Nullable Long firstBrokenSequence, String reason) {

        static VerificationResponse from(AuditVerification v) {
            return new VerificationResponse(v.intact(), v.entriesChecked(), v.firstBrokenSequence(), v.reason());
        }
    }

    @Get("/verify")
    VerificationResponse verify() {
        return VerificationResponse.from(verify.verify());
    }
}
