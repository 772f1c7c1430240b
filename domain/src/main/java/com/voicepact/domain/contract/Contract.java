package com.voicepact.domain.contract;

import static com.voicepact.domain.contract.ContractStatus.CANCELLED;
import static com.voicepact.domain.contract.ContractStatus.COMPLETED;
import static com.voicepact.domain.contract.ContractStatus.CONFIRMED;
import static com.voicepact.domain.contract.ContractStatus.EXPIRED;
import static com.voicepact.domain.contract.ContractStatus.PENDING;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
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
    private final ContractTimeline timeline;
    private final Fulfilment fulfilment;
    private final CancellationByAgreement cancellation;
    private final long version;

    private Contract(ContractSnapshot s) {
        this.id = s.id();
        this.type = s.type();
        this.agreement = new TermsAgreement(s);
        this.timeline = new ContractTimeline(s);
        this.fulfilment = new Fulfilment(this, timeline, agreement, s.delivery(), s.dispute());
        this.cancellation = new CancellationByAgreement(id, agreement, timeline, s.cancellationRequests());
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
        return create(id, type, parties, terms, transcript, TermMarks.none(), now, confirmationWindow);
    }

    /** A new PENDING contract drafted from a call: {@code marks} are the terms heard with low confidence. */
    public static Contract create(
            ContractId id,
            ContractType type,
            List<Party> parties,
            ContractTerms terms,
            String transcript,
            TermMarks marks,
            Instant now,
            Duration confirmationWindow) {
        return new Contract(
                ContractSnapshot.pending(id, type, parties, terms, transcript, marks, now, confirmationWindow));
    }

    /** Rebuilds a stored contract. For persistence mappers only: it trusts the stored state. */
    public static Contract reconstitute(ContractSnapshot snapshot) {
        return new Contract(snapshot);
    }

    // ---- confirmation (PENDING) ----

    public void confirmBy(PhoneNumber phone, Channel channel, Instant at) {
        confirmBy(phone, channel, at, TermsSeen.unknown());
    }

    /** A YES on the terms the party saw; {@link TermsChangedException} when not the current ones ({@link CurrentTermsPolicy}). */
    public void confirmBy(PhoneNumber phone, Channel channel, Instant at, TermsSeen seen) {
        decide(phone, Decision.CONFIRMED, channel, at, seen);
        if (agreement.confirmedByAll()) {
            timeline.confirmed(at);
        }
    }

    public void declineBy(PhoneNumber phone, Channel channel, Instant at) {
        decide(phone, Decision.DECLINED, channel, at, TermsSeen.unknown());
        timeline.closed(CANCELLED, at);
    }

    private void decide(PhoneNumber phone, Decision decision, Channel channel, Instant at, TermsSeen seen) {
        ContractAction action = decision == Decision.CONFIRMED ? ContractAction.CONFIRM : ContractAction.DECLINE;
        require(action, phone, at.isBefore(timeline.expiresAt()));
        CurrentTermsPolicy.require(this, (seen == null ? TermsSeen.unknown() : seen).notAfter(at));
        agreement.decide(requireParty(phone).phone(), decision, at, channel);
    }

    public void expire(Instant at) {
        timeline.require(EnumSet.of(PENDING), "only a pending contract expires");
        if (at.isBefore(timeline.expiresAt())) {
            throw new IllegalTransitionException(
                    id, status(), "the confirmation window is open until " + timeline.expiresAt());
        }
        timeline.closed(EXPIRED, at);
    }

    /** New terms are a new version: every party must confirm again, within a fresh window; a changed term is unmarked. */
    public void amendTerms(ContractTerms newTerms, Instant at, Duration confirmationWindow) {
        timeline.require(EnumSet.of(PENDING, CONFIRMED), "terms can change only before the contract is funded");
        InvalidValueException.require(newTerms != null, "new terms are required");
        agreement.amend(newTerms, at);
        timeline.reopened(at.plus(confirmationWindow));
    }

    /** A party's correction of one term, refused as {@link ContractAction#AMEND_TERMS} and {@link TermCorrection#applyTo} say. */
    public void amendTermsBy(PhoneNumber phone, TermCorrection correction, Instant at, Duration confirmationWindow) {
        require(ContractAction.AMEND_TERMS, phone, at.isBefore(timeline.expiresAt()));
        amendTerms(CorrectionLimits.applied(correction, agreement), at, confirmationWindow);
    }

    // ---- escrow (CONFIRMED, ACTIVE); delivery and disputes are its Fulfilment ----

    public void markFunded(Instant at) {
        timeline.require(EnumSet.of(CONFIRMED), "only a confirmed contract can be funded");
        timeline.activated(at);
    }

    /** Called once the payout to the seller is confirmed. */
    public void complete(Instant at) {
        if (!fulfilment.mayPayTheSeller()) {
            throw new IllegalTransitionException(
                    id, status(), "completion needs an accepted delivery or a dispute resolved for the seller");
        }
        timeline.closed(COMPLETED, at);
    }

    // ---- who may do what (ContractAction) ----

    /** The actions {@code phone} may take now ({@link ContractAction}; none for a stranger); the window is not looked at. */
    public Set<ContractAction> actionsFor(PhoneNumber phone) {
        return ContractAction.allowedFor(ContractAction.Standing.of(this, phone, true));
    }

    /** Throws the refusal of {@code action} by {@code phone}, when it is refused. */
    void require(ContractAction action, PhoneNumber phone, boolean windowOpen) {
        Optional<ActionRefusal> refusal = action.refusal(ContractAction.Standing.of(this, phone, windowOpen));
        if (refusal.isPresent()) {
            throw refusal.get().toException(this, phone);
        }
    }

    Party requireParty(PhoneNumber phone) {
        return agreement.roster().require(id, phone);
    }

    public ContractSnapshot snapshot() {
        return ContractSnapshot.of(this);
    }

    public ContractId id() {
        return id;
    }

    public ContractType type() {
        return type;
    }

    public ContractStatus status() {
        return timeline.status();
    }

    /** The status and its moments (created, confirmation window, confirmed, funded, closed); read-only. */
    public ContractTimeline timeline() {
        return timeline;
    }

    /** The parties, the current terms with their fingerprint, and each party's decision on them; read-only. */
    public TermsAgreement agreement() {
        return agreement;
    }

    /** The delivery, the disputes and whether money may go to the seller; where they are reported and decided. */
    public Fulfilment fulfilment() {
        return fulfilment;
    }

    /** The buyer's and the seller's requests to cancel by agreement; where they are made. */
    public CancellationByAgreement cancellation() {
        return cancellation;
    }

    /** The stored version this object was loaded at; 0 for a contract never saved. */
    public long version() {
        return version;
    }
}
