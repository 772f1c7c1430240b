package com.voicepact.application.escrow.port.in;

import com.voicepact.application.shared.port.in.PageRequest;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import java.time.Instant;
import java.util.List;

/** The disputes an operator must decide (release, refund or split), the longest waiting first. */
public interface ListOpenDisputesUseCase {

    /** One page of the open disputes, with how many there are in all. */
    OpenDisputes openDisputes(PageRequest page);

    /**
     * One dispute waiting for a decision: who raised it ({@code raisedBy} null when the system did, as the escrow window
     * passed), why and when, the money the escrow holds for the contract now, and the parties.
     */
    record OpenDispute(
            ContractId contractId,
            PhoneNumber raisedBy,
            String reason,
            Instant raisedAt,
            Money held,
            PhoneNumber buyer,
            PhoneNumber seller) {}

    record OpenDisputes(List<OpenDispute> disputes, int limit, int offset, long total) {

        public OpenDisputes {
            disputes = List.copyOf(disputes);
        }
    }
}
