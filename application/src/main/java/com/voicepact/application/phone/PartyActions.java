package com.voicepact.application.phone;

import com.voicepact.application.contract.port.in.AmendTermsCommand;
import com.voicepact.application.contract.port.in.AmendTermsUseCase;
import com.voicepact.application.contract.port.in.ConfirmContractUseCase;
import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.in.DeclineContractUseCase;
import com.voicepact.application.escrow.port.in.AcceptDeliveryUseCase;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.DisputeCommand;
import com.voicepact.application.escrow.port.in.RaiseDisputeUseCase;
import com.voicepact.application.escrow.port.in.ReportDeliveryUseCase;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.contract.TermsSeen;
import java.math.BigDecimal;

/**
 * The six things a party does to a contract from their own phone, sent to the same six use cases whatever the
 * channel (SMS command, USSD menu): the channel is a parameter, and the party acts as itself ({@link Actor#party}).
 * Not a service: the SMS and USSD services share it, and it runs inside their unit of work.
 */
public final class PartyActions {

    /** What the party does. */
    public enum Kind {
        CONFIRM,
        DECLINE,
        REPORT_DELIVERY,
        ACCEPT_DELIVERY,
        RAISE_DISPUTE,
        AMEND_TERMS
    }

    /**
     * One action on one contract. {@code partialQuantity}: only for a partial delivery report (null: all of it);
     * {@code disputeReason}: only for a dispute, required there; {@code correction}: only for amending the terms,
     * required there; {@code seen}: what the party saw of the terms, for a YES (null: nothing known).
     *
     * @throws InvalidValueException when kind or contract is missing, a dispute has no reason or an amendment no correction
     */
    public record Action(
            Kind kind,
            ContractId contractId,
            BigDecimal partialQuantity,
            String disputeReason,
            TermCorrection correction,
            TermsSeen seen) {

        public Action {
            InvalidValueException.require(kind != null && contractId != null, "an action needs its kind and contract");
            InvalidValueException.require(
                    kind != Kind.RAISE_DISPUTE || disputeReason != null, "a dispute needs a reason");
            InvalidValueException.require(
                    kind != Kind.AMEND_TERMS || correction != null, "an amendment needs its correction");
            seen = seen == null ? TermsSeen.unknown() : seen;
        }

        public Action(
                Kind kind,
                ContractId contractId,
                BigDecimal partialQuantity,
                String disputeReason,
                TermCorrection correction) {
            this(kind, contractId, partialQuantity, disputeReason, correction, TermsSeen.unknown());
        }

        public Action(Kind kind, ContractId contractId, BigDecimal partialQuantity, String disputeReason) {
            this(kind, contractId, partialQuantity, disputeReason, null);
        }

        public static Action of(Kind kind, ContractId contractId) {
            return new Action(kind, contractId, null, null);
        }

        /** A YES by a party who saw {@code seen} of the terms. */
        public static Action confirm(ContractId contractId, TermsSeen seen) {
            return new Action(Kind.CONFIRM, contractId, null, null, null, seen);
        }

        public static Action amend(ContractId contractId, TermCorrection correction) {
            return new Action(Kind.AMEND_TERMS, contractId, null, null, correction);
        }
    }

    private final ConfirmContractUseCase confirm;
    private final DeclineContractUseCase decline;
    private final ReportDeliveryUseCase report;
    private final AcceptDeliveryUseCase accept;
    private final RaiseDisputeUseCase dispute;
    private final AmendTermsUseCase amend;

    public PartyActions(
            ConfirmContractUseCase confirm,
            DeclineContractUseCase decline,
            ReportDeliveryUseCase report,
            AcceptDeliveryUseCase accept,
            RaiseDisputeUseCase dispute,
            AmendTermsUseCase amend) {
        this.confirm = confirm;
        this.decline = decline;
        this.report = report;
        this.accept = accept;
        this.dispute = dispute;
        this.amend = amend;
    }

    /**
     * Carries the action out as {@code party} on {@code channel} and returns the contract as it now is.
     *
     * @throws com.voicepact.domain.DomainException when the rules refuse it (the use case's own writes are undone)
     */
    public Contract run(Action action, PhoneNumber party, Channel channel) {
        ContractId id = action.contractId();
        return switch (action.kind()) {
            case CONFIRM -> confirm.confirm(ContractDecisionCommand.fromParty(id, party, channel, action.seen()));
            case DECLINE -> decline.decline(ContractDecisionCommand.fromParty(id, party, channel));
            case REPORT_DELIVERY ->
                report.reportDelivery(
                        new DeliveryCommand(id, party, action.partialQuantity(), channel, Actor.party(party)));
            case ACCEPT_DELIVERY ->
                accept.acceptDelivery(new DeliveryCommand(id, party, null, channel, Actor.party(party)));
            case RAISE_DISPUTE ->
                dispute.raiseDispute(new DisputeCommand(id, party, action.disputeReason(), Actor.party(party)));
            case AMEND_TERMS -> amend.amendTerms(AmendTermsCommand.fromParty(id, party, action.correction(), channel));
        };
    }
}
