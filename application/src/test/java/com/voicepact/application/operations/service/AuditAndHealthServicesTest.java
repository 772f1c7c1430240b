package com.voicepact.application.operations.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.operations.port.in.HealthReport;
import com.voicepact.application.operations.port.out.ComponentHealthPort;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.audit.AuditRecord;
import com.voicepact.domain.audit.AuditVerification;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditAndHealthServicesTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();

    private void someHistory() {
        Contract contract = app.create.create(CreateContractCommands.maizeDeal());
        app.create.create(CreateContractCommands.maizeDeal());
        app.decisions.confirm(ContractDecisionCommand.fromParty(contract.id(), BUYER, Channel.SMS));
    }

    @Test
    void givenUntouchedLog_whenVerified_thenIntact() {
        someHistory();
        AuditVerification result = app.audit.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(3);
    }

    @Test
    void givenEditedEntry_whenVerified_thenTheEditIsFound() {
        someHistory();
        app.auditLog.tamper(2, e -> {
            AuditRecord r = e.record();
            return new AuditEntry(
                    e.sequence(),
                    new AuditRecord(
                            r.at(),
                            "operator:intruder",
                            r.action(),
                            r.subject(),
                            r.oldStatus(),
                            r.newStatus(),
                            r.details()),
                    e.previousMac(),
                    e.mac());
        });
        AuditVerification result = app.audit.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(2L);
    }

    @Test
    void givenDeletedEntry_whenVerified_thenTheDeletionIsFound() {
        someHistory();
        app.auditLog.tamper(2, e -> null);
        assertThat(app.audit.verify().intact()).isFalse();
    }

    @Test
    void givenOneFailingComponent_whenHealthChecked_thenUnhealthyWithThatComponentNamed() {
        ComponentHealthPort database = component("database", true);
        ComponentHealthPort sms = new ComponentHealthPort() {
            @Override
            public String component() {
                return "sms";
            }

            @Override
            public boolean isHealthy() {
                throw new IllegalStateException("down");
            }
        };
        HealthReport report = new CheckHealthService(List.of(database, sms), app.clock).check();
        assertThat(report.isHealthy()).isFalse();
        assertThat(report.components()).containsEntry("database", true).containsEntry("sms", false);
        assertThat(new CheckHealthService(List.of(database), app.clock).check().isHealthy())
                .isTrue();
    }

    private static ComponentHealthPort component(String name, boolean healthy) {
        return new ComponentHealthPort() {
            @Override
            public String component() {
                return name;
            }

            @Override
            public boolean isHealthy() {
                return healthy;
            }
        };
    }
}
