package com.voicepact.application.contract.service;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.contract.ContractEvents;
import com.voicepact.application.contract.MoneyEvents;
import com.voicepact.application.contract.RecordEvents;
import com.voicepact.application.contract.port.in.ContractHistory;
import com.voicepact.application.contract.port.in.ContractNotFoundException;
import com.voicepact.application.contract.port.in.GetContractTimelineUseCase;
import com.voicepact.application.contract.port.in.TimelineEvent;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.phone.port.out.ContractSmsLog;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a contract's timeline from what is stored: the contract, its payments, the SMS log and the audit log (entries
 * about the contract and about each of its payments). Events are sorted by time; events at the same instant keep the
 * order contract, money, SMS, audit (the sort is stable), so a change and its audit entry read in that order.
 */
public final class ContractTimelineService implements GetContractTimelineUseCase {

    private final Contracts contracts;
    private final Payments payments;
    private final AuditLog audit;
    private final ContractSmsLog sms;

    public ContractTimelineService(Contracts contracts, Payments payments, AuditLog audit, ContractSmsLog sms) {
        this.contracts = contracts;
        this.payments = payments;
        this.audit = audit;
        this.sms = sms;
    }

    @Override
    public ContractHistory timeline(ContractId id) {
        Contract contract = contracts.findById(id).orElseThrow(() -> new ContractNotFoundException(id));
        List<EscrowPayment> money = payments.findByContract(id);
        List<AuditEntry> entries = new ArrayList<>(audit.forSubject(id.value()));
        money.forEach(p -> entries.addAll(audit.forSubject(p.id().value())));
        entries.sort(Comparator.comparingLong(AuditEntry::sequence));
        List<TimelineEvent> events = new ArrayList<>(ContractEvents.of(contract, entries));
        events.addAll(MoneyEvents.of(money));
        events.addAll(RecordEvents.sms(sms.forContract(id)));
        events.addAll(RecordEvents.audit(entries));
        events.sort(Comparator.comparing(TimelineEvent::at));
        return new ContractHistory(contract.id(), contract.status(), events);
    }
}
