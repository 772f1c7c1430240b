package com.voicepact.adapter.out.persistence;

import com.voicepact.adapter.out.persistence.PhoneChannelEntities.KeptReportEntity;
import com.voicepact.adapter.out.persistence.PhoneChannelEntities.KeptReportRepository;
import com.voicepact.adapter.out.persistence.PhoneChannelEntities.SmsLogEntity;
import com.voicepact.adapter.out.persistence.PhoneChannelEntities.SmsLogRepository;
import com.voicepact.application.phone.port.out.ContractSmsLog;
import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.phone.port.out.SmsLogEntry;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.domain.messaging.DeliveryReportOutcome;
import com.voicepact.domain.messaging.SmsDeliveryStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SMS log. A report for an SMS not logged yet is kept in {@code sms_reports_kept}; whichever of
 * "keep the report" and "log the SMS" commits second sees the other, because each looks for the
 * other only after its own commit, and applying kept reports is idempotent. A status changes by
 * compare-and-set, so two reports at once cannot put an intermediate status over a final one.
 */
@Singleton
final class JdbcSmsLog implements SmsLog, ContractSmsLog {
    private static final int ATTEMPTS = 10;
    private final SmsLogRepository repository;
    private final KeptReportRepository kept;
    private final TransactionOperations<Connection> tx;

    JdbcSmsLog(SmsLogRepository repository, KeptReportRepository kept, TransactionOperations<Connection> tx) {
        this.repository = repository;
        this.kept = kept;
        this.tx = tx;
    }

    @Override
    public void record(SmsLogEntry e) {
        tx.executeWrite(s -> {
            repository.insertIfAbsent(
                    e.messageId(),
                    e.recipient(),
                    e.text(),
                    e.type(),
                    e.status(),
                    e.cost(),
                    e.contractId(),
                    e.sentAt(),
                    e.failureReason());
            return null;
        });
        applyKept(e.messageId());
    }

    @Override
    public DeliveryReportOutcome applyReport(
            String messageId, SmsDeliveryStatus status, String failureReason, Instant at) {
        DeliveryReportOutcome outcome = tx.executeWrite(s -> {
            Optional<SmsLogEntity> logged = repository.findById(messageId);
            if (logged.isEmpty()) {
                kept.save(new KeptReportEntity(null, messageId, status.value(), failureReason, at));
                return DeliveryReportOutcome.KEPT_UNTIL_LOGGED;
            }
            return apply(messageId, status, failureReason, at);
        });
        if (outcome == DeliveryReportOutcome.KEPT_UNTIL_LOGGED
                && tx.executeRead(s -> repository.existsById(messageId))) {
            applyKept(messageId); // the SMS was logged while the report was being kept
        }
        return outcome;
    }

    private void applyKept(String messageId) {
        tx.executeWrite(s -> {
            List<KeptReportEntity> reports = kept.findKept(messageId);
            for (KeptReportEntity r : reports) {
                apply(messageId, SmsDeliveryStatus.of(r.status()), r.failureReason(), r.reportedAt());
            }
            if (!reports.isEmpty()) {
                kept.forget(messageId, reports.get(reports.size() - 1).id());
            }
            return null;
        });
    }

    /** Inside a transaction: the report's status over the logged one, unless that one is final. */
    private DeliveryReportOutcome apply(String messageId, SmsDeliveryStatus status, String failureReason, Instant at) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String current = repository.findById(messageId).orElseThrow().status();
            if (status.value().equals(current)) {
                return DeliveryReportOutcome.APPLIED;
            }
            if (!status.mayReplace(current)) {
                return DeliveryReportOutcome.OUTDATED;
            }
            if (repository.changeStatus(messageId, current, status.value(), failureReason, status.isDelivered(), at)
                    == 1) {
                return DeliveryReportOutcome.APPLIED;
            }
        }
        throw new ConcurrentUpdateException("SMS " + messageId + " kept changing under its delivery reports", null);
    }

    @Override
    public Optional<SmsLogEntry> findByMessageId(String messageId) {
        return tx.executeRead(s -> repository.findById(messageId).map(JdbcSmsLog::toDomain));
    }

    @Override
    public List<SmsLogEntry> forContract(com.voicepact.domain.contract.ContractId contract) {
        return tx.executeRead(s -> repository.findForContract(contract.value()).stream()
                .map(JdbcSmsLog::toDomain)
                .toList());
    }

    @Override
    public List<SmsLogEntry> forRecipient(String recipient) {
        return tx.executeRead(s -> repository.findForRecipient(recipient).stream()
                .map(JdbcSmsLog::toDomain)
                .toList());
    }

    private static SmsLogEntry toDomain(SmsLogEntity e) {
        return new SmsLogEntry(
                e.messageId(),
                e.recipient(),
                e.text(),
                e.type(),
                e.status(),
                e.cost(),
                e.contractId(),
                e.sentAt(),
                e.deliveredAt(),
                e.failureReason());
    }
}
