package com.voicepact.domain.voice;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyNotEntitledException;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.extraction.ExtractedTerms;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A call's terms that lacked product, quantity or price: kept under the contract id reserved for it, so the parties
 * can send what is missing by SMS instead of calling again. Only a party of the call may fill it, and only within the
 * confirmation window from the call's processing; once complete it becomes one contract with that id, once.
 */
public final class ContractDraft {

    private final ContractId id;
    private final ContractType type;
    private final List<Party> parties;
    private final String transcript;
    private ExtractedTerms heard;
    private final Instant createdAt;
    private final Instant expiresAt;
    private Instant completedAt;
    private final long version;

    private ContractDraft(ContractDraftSnapshot s) {
        this.id = s.id();
        this.type = s.type();
        this.parties = s.parties();
        this.transcript = s.transcript();
        this.heard = s.heard();
        this.createdAt = s.createdAt();
        this.expiresAt = s.expiresAt();
        this.completedAt = s.completedAt();
        this.version = s.version();
    }

    /**
     * A new open draft of what a call said.
     *
     * @throws InvalidValueException without id, type, terms or time, with invalid parties, a window not positive, or
     *     terms that miss nothing (those make a contract at once)
     */
    public static ContractDraft open(
            ContractId id,
            ContractType type,
            List<Party> parties,
            String transcript,
            ExtractedTerms heard,
            Instant now,
            Duration window) {
        InvalidValueException.require(
                id != null && type != null && heard != null && now != null, "id, type, terms and time are required");
        InvalidValueException.require(
                window != null && !window.isNegative() && !window.isZero(), "the draft's window must be positive");
        InvalidValueException.require(
                !heard.isCompleteForConfirmation(), "complete terms make a contract, not a draft");
        InvalidValueException.require(parties != null && parties.size() >= 2, "a draft needs at least two parties");
        String text = transcript == null ? "" : transcript.strip();
        return new ContractDraft(
                new ContractDraftSnapshot(id, type, parties, text, heard, now, now.plus(window), null, 0));
    }

    public static ContractDraft reconstitute(ContractDraftSnapshot snapshot) {
        return new ContractDraft(snapshot);
    }

    /**
     * A party sends a term by SMS ({@code PRICE-<id> 3500}): the draft keeps it, typed so never in doubt; a price is the
     * unit price.
     *
     * @throws PartyNotEntitledException for a phone that was not on the call
     * @throws DraftCompletedException when the draft is already a contract (a re-delivered or second completion)
     * @throws DraftExpiredException at or after {@link #expiresAt()}
     */
    public void supply(PhoneNumber party, TermCorrection sent, Instant at) {
        requireOpenFor(party, at);
        heard = SentTerms.with(heard, sent);
    }

    /**
     * Whether every term a contract needs is now there; true marks the draft completed, so it becomes one contract.
     *
     * @throws DraftCompletedException when it was completed before
     */
    public boolean completeIfReady(Instant at) {
        if (completedAt != null) {
            throw new DraftCompletedException(id);
        }
        if (!heard.isCompleteForConfirmation()) {
            return false;
        }
        completedAt = at;
        return true;
    }

    private void requireOpenFor(PhoneNumber party, Instant at) {
        if (parties.stream().noneMatch(p -> p.has(party))) {
            throw new PartyNotEntitledException(id, party, "was not on the call of draft");
        }
        if (completedAt != null) {
            throw new DraftCompletedException(id);
        }
        if (!at.isBefore(expiresAt)) {
            throw new DraftExpiredException(id, expiresAt);
        }
    }

    /** What a contract still needs: "product", "quantity", "price" (as {@link ExtractedTerms#missingForConfirmation}). */
    public List<String> missing() {
        return heard.missingForConfirmation();
    }

    public ContractDraftSnapshot snapshot() {
        return new ContractDraftSnapshot(
                id, type, parties, transcript, heard, createdAt, expiresAt, completedAt, version);
    }

    public ContractId id() {
        return id;
    }

    public ContractType type() {
        return type;
    }

    public List<Party> parties() {
        return parties;
    }

    public String transcript() {
        return transcript;
    }

    public ExtractedTerms heard() {
        return heard;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public long version() {
        return version;
    }
}
