package com.voicepact.application.escrow.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.EscrowMoves;
import com.voicepact.application.escrow.port.in.AcceptDeliveryUseCase;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.ReportDeliveryUseCase;
import com.voicepact.application.phone.port.out.SmsType;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.DeliveryReport;
import com.voicepact.domain.contract.Quantity;

/** The seller's delivery report and the buyer's acceptance; acceptance releases the escrow when nothing is missing. */
public final class DeliveryService implements ReportDeliveryUseCase, AcceptDeliveryUseCase {

    private final Contracts contracts;
    private final ClockPort clock;
    private final AuditTrail audit;
    private final EscrowMoves moves;
    private final ConflictRetry retry;

    public DeliveryService(
            EscrowMoves moves, Contracts contracts, ClockPort clock, TransactionPort transactions, AuditTrail audit) {
        this.moves = moves;
        this.contracts = contracts;
        this.clock = clock;
        this.audit = audit;
        this.retry = new ConflictRetry(transactions);
    }

    @Override
    public Contract reportDelivery(DeliveryCommand command) {
        return retry.inTransaction(() -> {
            Contract contract = moves.contract(command.contractId());
            String unit = contract.agreement().terms().quantity() == null
                    ? "units"
                    : contract.agreement().terms().quantity().unit();
            DeliveryReport report = command.partialQuantity() == null
                    ? DeliveryReport.full(clock.now())
                    : DeliveryReport.partial(Quantity.of(command.partialQuantity(), unit), clock.now());
            contract.fulfilment().reportDelivery(command.party(), report);
            Contract saved = contracts.save(contract);
            audit.statusChange(
                    command.actor(),
                    AuditAction.DELIVERY_REPORTED,
                    saved.id().value(),
                    saved.status(),
                    saved.status(),
                    (report.partial() ? "partial " + report.deliveredQuantity() : "full") + " channel="
                            + command.channel().wireName());
            moves.notices()
                    .sms(
                            SmsType.DELIVERY,
                            saved.id() + ":" + saved.version(),
                            saved.agreement().buyer().phone(),
                            t -> t.deliveryAlert(
                                    saved.id(),
                                    report.partial()
                                            ? report.deliveredQuantity().value()
                                            : null,
                                    unit),
                            saved.id());
            return saved;
        });
    }

    @Override
    public Contract acceptDelivery(DeliveryCommand command) {
        return retry.inTransaction(() -> {
            Contract contract = moves.contract(command.contractId());
            contract.fulfilment().acceptDelivery(command.party(), clock.now());
            Contract saved = contracts.save(contract);
            audit.statusChange(
                    command.actor(),
                    AuditAction.DELIVERY_ACCEPTED,
                    saved.id().value(),
                    saved.status(),
                    saved.status(),
                    "channel=" + command.channel().wireName());
            if (saved.fulfilment().isReadyForRelease()) { // the one release rule: ReleasePolicy
                moves.settle(saved.id(), "delivery accepted", command.actor());
            }
            return saved;
        });
    }
}
