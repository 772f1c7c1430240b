package com.voicepact.domain.contract;

import static com.voicepact.domain.contract.ContractStatus.ACTIVE;
import static com.voicepact.domain.contract.ContractStatus.CANCELLED;
import static com.voicepact.domain.contract.ContractStatus.DISPUTED;

import com.voicepact.domain.common.PhoneNumber;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * What happens to a funded {@link Contract} on the way to paying the seller: the delivery reported and accepted, the
 * disputes raised and resolved, and whether the escrow may be released. Owned by its contract, which it asks who may act
 * ({@link ContractAction}); every illegal action throws {@link IllegalTransitionException} or
 * {@link PartyNotEntitledException}, as on the contract.
 */
public final class Fulfilment {

    private final Contract contract;
    private final ContractTimeline timeline;
    private final TermsAgreement agreement;
    private DeliveryReport delivery;
    private Dispute dispute;

    Fulfilment(
            Contract contract,
            ContractTimeline timeline,
            TermsAgreement agreement,
            DeliveryReport delivery,
            Dispute dispute) {
        this.contract = contract;
        this.timeline = timeline;
        this.agreement = agreement;
        this.delivery = delivery;
        this.dispute = dispute;
    }

    public void reportDelivery(PhoneNumber phone, DeliveryReport report) {
        contract.require(ContractAction.REPORT_DELIVERY, phone, true);
        report.requireWithin(agreement.terms().quantity());
        delivery = report;
    }

    public void acceptDelivery(PhoneNumber phone, Instant at) {
        contract.require(ContractAction.ACCEPT_DELIVERY, phone, true);
        delivery = delivery.acceptedAt(at);
    }

    /** True when the escrow may be paid out for an accepted delivery: no {@link ReleasePolicy} blocks it. */
    public boolean isReadyForRelease() {
        return ReleasePolicy.blockersOf(contract).isEmpty();
    }

    /**
     * What stops money going to the seller, in the order told; empty when {@link #mayPayTheSeller()} (an accepted delivery, or
     * a dispute resolved for the seller, when a failed payout is paid again).
     */
    public List<ReleaseBlocker> releaseBlockers() {
        return mayPayTheSeller() ? List.of() : ReleasePolicy.blockersOf(contract);
    }

    /**
     * Whether money may go to the seller: the delivery was accepted with no open dispute, or a dispute
     * was resolved with the seller getting all or a share.
     */
    public boolean mayPayTheSeller() {
        return isReadyForRelease()
                || (timeline.status() == DISPUTED && dispute != null && dispute.isResolvedForSeller());
    }

    /**
     * A party disputes an active contract. Refused once the buyer accepted the delivery: from then the
     * money is on its way to the seller and a dispute could only pretend to stop it. This is the
     * contract's own half of {@code payment.DisputePolicy} (which also looks at the payments and is
     * what the services apply first); kept here so the aggregate can never be disputed after acceptance.
     *
     * @throws IllegalTransitionException when the contract is not ACTIVE or the delivery was accepted
     */
    public void raiseDispute(PhoneNumber phone, String reason, Instant at) {
        contract.require(ContractAction.RAISE_DISPUTE, phone, true);
        openDispute(Dispute.raised(contract.requireParty(phone).phone(), reason, at));
    }

    /** The escrow window passed without both delivery confirmations: the system opens a dispute. */
    public void escalateOverdue(Instant at, Duration escrowWindow) {
        timeline.require(EnumSet.of(ACTIVE), "only an active contract can become overdue");
        Instant windowEnd = timeline.activatedAt().orElseThrow().plus(escrowWindow);
        if (at.isBefore(windowEnd)) {
            throw new IllegalTransitionException(
                    contract.id(), timeline.status(), "the escrow window is open until " + windowEnd);
        }
        if (isReadyForRelease()) {
            throw new IllegalTransitionException(
                    contract.id(), timeline.status(), "delivery is confirmed by both parties");
        }
        openDispute(Dispute.overdue(at));
    }

    private void openDispute(Dispute opened) {
        timeline.require(EnumSet.of(ACTIVE), "a dispute can be raised only on an active contract");
        dispute = opened;
        timeline.disputed();
    }

    /** Records an operator's decision; the contract closes when the money has moved. */
    public void resolveDispute(DisputeResolution resolution, BigDecimal sellerShare, Instant at) {
        Dispute.requireFirstResolution(dispute, contract.id(), timeline.status());
        timeline.require(EnumSet.of(DISPUTED), "only a disputed contract can be resolved");
        applyResolution(resolution, sellerShare, at);
    }

    /**
     * Replaces a resolution that the provider cannot pay and that no money followed (an older rule let a split of KES 1,001
     * at 0.005 through: its KES 5 payout to the seller fails every time), so the operator can choose one that pays. The
     * caller checks the money ({@code DisputePolicy.mayResolveAgain}).
     *
     * @throws IllegalTransitionException unless the contract is DISPUTED with a resolved dispute
     */
    public void resolveDisputeAgain(DisputeResolution resolution, BigDecimal sellerShare, Instant at) {
        if (timeline.status() != DISPUTED || dispute == null || dispute.isOpen()) {
            throw IllegalTransitionException.worded(
                    timeline.status(), "only a resolved dispute of a disputed contract can be resolved again");
        }
        applyResolution(resolution, sellerShare, at);
    }

    /** A refund to the buyer cancels the contract at once; a release or split leaves it DISPUTED until the money has moved. */
    private void applyResolution(DisputeResolution resolution, BigDecimal sellerShare, Instant at) {
        dispute = dispute.resolved(resolution, sellerShare, at);
        if (resolution == DisputeResolution.REFUND_BUYER) {
            timeline.closed(CANCELLED, at);
        }
    }

    public Optional<DeliveryReport> delivery() {
        return Optional.ofNullable(delivery);
    }

    public Optional<Dispute> dispute() {
        return Optional.ofNullable(dispute);
    }
}
