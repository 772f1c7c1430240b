package com.voicepact.application.contract.port.in;

import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import java.util.List;

/** A contract's timeline: its status now and everything that happened to it, oldest first. */
public record ContractHistory(ContractId contractId, ContractStatus status, List<TimelineEvent> events) {

    public ContractHistory {
        events = List.copyOf(events);
    }
}
