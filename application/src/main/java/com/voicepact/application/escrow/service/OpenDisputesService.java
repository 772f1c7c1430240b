package com.voicepact.application.escrow.service;

import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.port.out.DisputedContracts;
import com.voicepact.application.escrow.port.in.ListOpenDisputesUseCase;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.shared.port.in.PageRequest;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.Dispute;
import com.voicepact.domain.payment.ContractEscrow;
import com.voicepact.domain.payment.EscrowPayment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lists the open disputes with what the escrow holds for each (one read of all their payments). */
public final class OpenDisputesService implements ListOpenDisputesUseCase {

    private final DisputedContracts disputed;
    private final Contracts contracts;
    private final Payments payments;

    public OpenDisputesService(DisputedContracts disputed, Contracts contracts, Payments payments) {
        this.disputed = disputed;
        this.contracts = contracts;
        this.payments = payments;
    }

    @Override
    public OpenDisputes openDisputes(PageRequest page) {
        List<ContractId> ids = disputed.awaitingDecision(page.limit(), page.offset());
        Map<ContractId, List<EscrowPayment>> money =
                payments.findByContracts(ids).stream().collect(Collectors.groupingBy(EscrowPayment::contractId));
        List<OpenDispute> open = ids.stream()
                .map(contracts::findById)
                .flatMap(
                        Optional::stream) // contracts are never deleted; an id with no contract is left out rather than
                // failing the page
                .flatMap(c -> open(c, money.getOrDefault(c.id(), List.of())).stream())
                .toList();
        return new OpenDisputes(open, page.limit(), page.offset(), disputed.countAwaitingDecision());
    }

    private static Optional<OpenDispute> open(Contract contract, List<EscrowPayment> payments) {
        Optional<Dispute> dispute = contract.fulfilment().dispute();
        if (dispute.isEmpty()) {
            return Optional.empty();
        }
        Dispute d = dispute.get();
        return Optional.of(new OpenDispute(
                contract.id(),
                d.raisedBy(),
                d.reason(),
                d.raisedAt(),
                ContractEscrow.of(contract, payments).held(),
                contract.agreement().buyer().phone(),
                contract.agreement().seller().phone()));
    }
}
