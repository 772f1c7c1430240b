package com.voicepact.domain.contract;

import static com.voicepact.domain.contract.ContractStatus.ACTIVE;
import static com.voicepact.domain.contract.ContractStatus.CANCELLED;
import static com.voicepact.domain.contract.ContractStatus.COMPLETED;
import static com.voicepact.domain.contract.ContractStatus.CONFIRMED;
import static com.voicepact.domain.contract.ContractStatus.DISPUTED;
import static com.voicepact.domain.contract.ContractStatus.EXPIRED;
import static com.voicepact.domain.contract.ContractStatus.PENDING;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A deal between a buyer and a seller (and optionally mediators and witnesses) that every party
 * confirms from their own phone. Holds the status machine of the design; every illegal action
 * throws {@link IllegalTransitionException} or {@link PartyNotEntitledException}.
 */
public final class Contract {

    private final ContractId id;
    private final ContractType type;
    private final TermsAgreement agreement;
    private final String transcript;
    private final ContractTimeline timeline;
    private DeliveryReport delivery;
    private Dispute dispute;
    private final Set<PhoneNumber> cancellationRequests;
    private final long version;

    private Contract(ContractSnapshot s) {
        this.id = s.id();
        this.type = s.type();
        this.agreement = new TermsAgreement(s);
        this.transcript = s.transcript();
        this.timeline = new ContractTimeline(s);
        this.delivery = s.delivery();
        this.dispute = s.dispute();
        this.cancellationRequests = new LinkedHashSet<>(s.cancellationRequests());
        this.version = s.version();
    }

    /** A new PENDING contract awaiting every party's confirmation within {@code confirmationWindow}. */
    public static Contract create(
            ContractId id,
            ContractType type,
            List<Party> parties,
            ContractTerms terms,
            String transcript,
            Instant now,
            Duration confirmationWindow) {
        return new Contract(ContractSnapshot.pending(id, type, parties, terms, transcript, now, confirmationWindow));
    }

    /** Rebuilds a stored contract. For persistence mappers only: it trusts the stored state. */
    public static Contract reconstitute(ContractSnapshot snapshot) {
        return new Contract(snapshot);
    }

    // ---- confirmation (PENDING) ----

    public void confirmBy(PhoneNumber phone, Channel channel, Instant at) {
        decide(phone, Decision.CONFIRMED, channel, at);
        if (agreement.confirmedByAll()) {
            timeline.confirmed(at);
        }
    }

    public void declineBy(PhoneNumber phone, Channel channel, Instant at) {
        decide(phone, Decision.DECLINED, channel, at);
        timeline.closed(CANCELLED, at);
    }

    private void decide(PhoneNumber phone, Decision decision, Channel channel, Instant at) {
        require(
                decision == Decision.CONFIRMED ? ContractAction.CONFIRM : ContractAction.DECLINE,
                phone,
                at.isBefore(expiresAt()));
        agreement.decide(requireParty(phone).phone(), decision, at, channel);
    }

    public void expire(Instant at) {
        requireStatus(EnumSet.of(PENDING), "only a pending contract expires");
        if (at.isBefore(expiresAt())) {
            throw new IllegalTransitionException(id, status(), "the confirmation window is open until " + expiresAt());
        }
        timeline.closed(EXPIRED, at);
    }

    /** New terms are a new version: every party must confirm again, within a fresh window. */
    public void amendTerms(ContractTerms newTerms, Instant at, Duration confirmationWindow) {
        requireStatus(EnumSet.of(PENDING, CONFIRMED), "terms can change only before the contract is funded");
        InvalidValueException.require(newTerms != null, "new terms are required");
        agreement.amend(newTerms);
        timeline.reopened(at.plus(confirmationWindow));
    }

    // ---- escrow and delivery (CONFIRMED, ACTIVE) ----

    public void markFunded(Instant at) {
        requireStatus(EnumSet.of(CONFIRMED), "only a confirmed contract can be funded");
        timeline.activated(at);
    }

    public void reportDelivery(PhoneNumber phone, DeliveryReport report) {
        require(ContractAction.REPORT_DELIVERY, phone, true);
        report.requireWithin(terms().quantity());
        delivery = report;
    }

    public void acceptDelivery(PhoneNumber phone, Instant at) {
        require(ContractAction.ACCEPT_DELIVERY, phone, true);
        delivery = delivery.acceptedAt(at);
    }

    /** True when the escrow may be paid out for an accepted delivery: no {@link ReleasePolicy} blocks it. */
    public boolean isReadyForRelease() {
        return ReleasePolicy.blockersOf(this).isEmpty();
    }

    /**
     * What stops money going to the seller, in the order told; empty when {@link #mayPayTheSeller()} (an accepted delivery, or
     * a dispute resolved for the seller, when a failed payout is paid again).
     */
    public List<ReleaseBlocker> releaseBlockers() {
        return mayPayTheSeller() ? List.of() : ReleasePolicy.blockersOf(this);
    }

    /**
     * Whether money may go to the seller: the delivery was accepted with no open dispute, or a dispute
     * was resolved with the seller getting all or a share.
     */
    public boolean mayPayTheSeller() {
        return isReadyForRelease() || (status() == DISPUTED && dispute != null && dispute.isResolvedForSeller());
    }

    /** Called once the payout to the seller is confirmed. */
    public void complete(Instant at) {
        if (!mayPayTheSeller()) {
            throw new IllegalTransitionException(
                    id, status(), "completion needs an accepted delivery or a dispute resolved for the seller");
        }
        timeline.closed(COMPLETED, at);
    }

    // ---- disputes ----

    /**
     * A party disputes an active contract. Refused once the buyer accepted the delivery: from then the
     * money is on its way to the seller and a dispute could only pretend to stop it. This is the
     * contract's own half of {@code payment.DisputePolicy} (which also looks at the payments and is
     * what the services apply first); kept here so the aggregate can never be disputed after acceptance.
     *
     * @throws IllegalTransitionException when the contract is not ACTIVE or the delivery was accepted
     */
    public void raiseDispute(PhoneNumber phone, String reason, Instant at) {
        require(ContractAction.RAISE_DISPUTE, phone, true);
        openDispute(Dispute.raised(requireParty(phone).phone(), reason, at));
    }

    /** The escrow window passed without both delivery confirmations: the system opens a dispute. */
    public void escalateOverdue(Instant at, Duration escrowWindow) {
        requireStatus(EnumSet.of(ACTIVE), "only an active contract can become overdue");
        Instant windowEnd = timeline.activatedAt().plus(escrowWindow);
        if (at.isBefore(windowEnd)) {
            throw new IllegalTransitionException(id, status(), "the escrow window is open until " + windowEnd);
        }
        if (isReadyForRelease()) {
            throw new IllegalTransitionException(id, status(), "delivery is confirmed by both parties");
        }
        openDispute(Dispute.overdue(at));
    }

    private void openDispute(Dispute opened) {
        requireStatus(EnumSet.of(ACTIVE), "a dispute can be raised only on an active contract");
        dispute = opened;
        timeline.disputed();
    }

    /** Records an operator's decision; the contract closes when the money has moved. */
    public void resolveDispute(DisputeResolution resolution, BigDecimal sellerShare, Instant at) {
        Dispute.requireFirstResolution(dispute, id, status());
        requireStatus(EnumSet.of(DISPUTED), "only a disputed contract can be resolved");
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
        if (status() != DISPUTED || dispute == null || dispute.isOpen()) {
            throw IllegalTransitionException.worded(
                    status(), "only a resolved dispute of a disputed contract can be resolved again");
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

    // ---- cancellation by agreement ----

    /** Both buyer and seller must ask; the second request cancels (a funded contract is then refunded). */
    public void requestCancellationBy(PhoneNumber phone, Instant at) {
        Party party = agreement.parties().requireBuyerOrSeller(id, phone);
        requireStatus(
                EnumSet.of(CONFIRMED, ACTIVE), "only a confirmed or active contract can be cancelled by agreement");
        if (!cancellationRequests.add(party.phone())) {
            throw new IllegalTransitionException(id, status(), "party " + phone.masked() + " already asked to cancel");
        }
        if (cancellationRequests.contains(buyer().phone()) && cancellationRequests.contains(seller().phone())) {
            timeline.closed(CANCELLED, at);
        }
    }

    // ---- who may do what (ContractAction) ----

    /**
     * The actions {@code phone} may take now, by the one rule of {@link ContractAction}; empty for a stranger. The
     * confirmation window is not looked at (a listing has no clock): a YES after it closed is refused by {@link #confirmBy}.
     */
    public Set<ContractAction> actionsFor(PhoneNumber phone) {
        return ContractAction.allowedFor(ContractAction.Standing.of(this, phone, true));
    }

    /** Throws the refusal of {@code action} by {@code phone}, when it is refused. */
    private void require(ContractAction action, PhoneNumber phone, boolean windowOpen) {
        Optional<ActionRefusal> refusal = action.refusal(ContractAction.Standing.of(this, phone, windowOpen));
        if (refusal.isPresent()) {
            throw refusal.get().toException(this, phone);
        }
    }

    // ---- queries ----

    public Optional<Confirmation> decisionOf(PhoneNumber phone) {
        return agreement.decisionOf(phone);
    }

    public boolean hasConfirmed(PhoneNumber phone) {
        return agreement.hasConfirmed(phone);
    }

    public Optional<Party> partyWith(PhoneNumber phone) {
        return agreement.parties().with(phone);
    }

    public Party buyer() {
        return agreement.parties().inRole(PartyRole.BUYER);
    }

    public Party seller() {
        return agreement.parties().inRole(PartyRole.SELLER);
    }

    public boolean isOverdueForConfirmation(Instant at) {
        return status() == PENDING && !at.isBefore(expiresAt());
    }

    private Party requireParty(PhoneNumber phone) {
        return agreement.parties().require(id, phone);
    }

    private void requireStatus(Set<ContractStatus> allowed, String reason) {
        timeline.require(allowed, reason);
    }

    public ContractSnapshot snapshot() {
        return new ContractSnapshot(
                id,
                type,
                parties(),
                terms(),
                transcript,
                timeline.status(),
                timeline.createdAt(),
                timeline.expiresAt(),
                timeline.confirmedAt(),
                timeline.activatedAt(),
                timeline.closedAt(),
                agreement.confirmations(),
                delivery,
                dispute,
                Set.copyOf(cancellationRequests),
                version);
    }

    public ContractId id() {
        return id;
    }

    public ContractType type() {
        return type;
    }

    public List<Party> parties() {
        return agreement.parties().all();
    }

    public ContractTerms terms() {
        return agreement.terms();
    }

    public String transcript() {
        return transcript;
    }

    public String fingerprint() {
        return agreement.fingerprint();
    }

    public ContractStatus status() {
        return timeline.status();
    }

    public Instant createdAt() {
        return timeline.createdAt();
    }

    public Instant expiresAt() {
        return timeline.expiresAt();
    }

    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(timeline.confirmedAt());
    }

    public Optional<Instant> activatedAt() {
        return Optional.ofNullable(timeline.activatedAt());
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(timeline.closedAt());
    }

    public List<Confirmation> confirmations() {
        return agreement.confirmations();
    }

    public Optional<DeliveryReport> delivery() {
        return Optional.ofNullable(delivery);
    }

    public Optional<Dispute> dispute() {
        return Optional.ofNullable(dispute);
    }

    public Set<PhoneNumber> cancellationRequests() {
        return Set.copyOf(cancellationRequests);
    }
    /** The stored version this object was loaded at; 0 for a contract never saved. */
    public long version() {
        return version;
    }
}
