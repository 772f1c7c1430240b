package com.voicepact.domain.contract;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A contract's status and the moments it moved: created, confirmed by every party, funded (activated) and closed
 * (completed, cancelled or expired); {@code expiresAt} ends the confirmation window. A refused move is an
 * {@link IllegalTransitionException} naming the contract. Read-only outside this package: only its contract moves it.
 */
public final class ContractTimeline {

    private final ContractId contract;
    private ContractStatus status;
    private final Instant createdAt;
    private Instant expiresAt;
    private Instant confirmedAt;
    private Instant activatedAt;
    private Instant closedAt;

    ContractTimeline(ContractSnapshot s) {
        this.contract = s.id();
        this.status = s.status();
        this.createdAt = s.createdAt();
        this.expiresAt = s.expiresAt();
        this.confirmedAt = s.confirmedAt();
        this.activatedAt = s.activatedAt();
        this.closedAt = s.closedAt();
    }

    void confirmed(Instant at) {
        status = ContractStatus.CONFIRMED;
        confirmedAt = at;
    }

    void activated(Instant at) {
        status = ContractStatus.ACTIVE;
        activatedAt = at;
    }

    void disputed() {
        status = ContractStatus.DISPUTED;
    }

    /** Closed as {@code how} (COMPLETED, CANCELLED or EXPIRED). */
    void closed(ContractStatus how, Instant at) {
        status = how;
        closedAt = at;
    }

    /** New terms: PENDING again, unconfirmed, with the window open until {@code until}. */
    void reopened(Instant until) {
        status = ContractStatus.PENDING;
        confirmedAt = null;
        expiresAt = until;
    }

    void require(Set<ContractStatus> allowed, String reason) {
        if (!allowed.contains(status)) {
            throw new IllegalTransitionException(contract, status, reason);
        }
    }

    public ContractStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    public Optional<Instant> activatedAt() {
        return Optional.ofNullable(activatedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** Still PENDING when the confirmation window has closed at {@code at}. */
    public boolean isOverdueForConfirmation(Instant at) {
        return status == ContractStatus.PENDING && !at.isBefore(expiresAt);
    }
}
