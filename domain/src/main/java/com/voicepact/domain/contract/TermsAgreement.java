package com.voicepact.domain.contract;

import com.voicepact.domain.common.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the parties of a contract agree to and who agreed: the parties, the current terms with their fingerprint, the
 * transcript of the call they were taken from, and
 * each party's decision on that version. New terms are a new version: the decisions on the old one are dropped.
 * Read-only outside this package: only its contract changes it.
 */
public final class TermsAgreement {

    private final ContractId contract;
    private final ContractType type;
    private final Parties parties;
    private ContractTerms terms;
    private String fingerprint;
    private final List<Confirmation> confirmations;
    private final String transcript;
    private TermMarks uncertain;
    private Instant termsSince;
    private int termsVersion;

    TermsAgreement(ContractSnapshot s) {
        this.contract = s.id();
        this.type = s.type();
        this.parties = new Parties(s.parties());
        this.terms = s.terms();
        this.fingerprint = ContractFingerprint.of(contract, type, parties.all(), terms);
        this.confirmations = new ArrayList<>(s.confirmations());
        this.transcript = s.transcript();
        this.uncertain = s.marks() == null ? TermMarks.none() : s.marks();
        this.termsSince = s.termsSince() == null ? s.createdAt() : s.termsSince();
        this.termsVersion = Math.max(1, s.termsVersion());
    }

    /** Records {@code party}'s decision on the current version. */
    void decide(PhoneNumber party, Decision decision, Instant at, Channel channel) {
        confirmations.add(new Confirmation(party, decision, at, channel, fingerprint));
    }

    boolean confirmedByAll() {
        return parties.all().stream().allMatch(p -> hasConfirmed(p.phone()));
    }

    /** New terms, made at {@code at}; a term that changed is no longer marked uncertain. */
    void amend(ContractTerms newTerms, Instant at) {
        termsSince = at;
        termsVersion++;
        uncertain = uncertain.afterChange(terms, newTerms);
        terms = newTerms;
        fingerprint = ContractFingerprint.of(contract, type, parties.all(), terms);
        confirmations.clear();
    }

    public Optional<Confirmation> decisionOf(PhoneNumber phone) {
        return confirmations.stream().filter(c -> c.party().equals(phone)).findFirst();
    }

    public boolean hasConfirmed(PhoneNumber phone) {
        return decisionOf(phone).map(Confirmation::isYes).orElse(false);
    }

    Parties roster() {
        return parties;
    }

    public List<Party> parties() {
        return parties.all();
    }

    public Optional<Party> partyWith(PhoneNumber phone) {
        return parties.with(phone);
    }

    public Party buyer() {
        return parties.inRole(PartyRole.BUYER);
    }

    public Party seller() {
        return parties.inRole(PartyRole.SELLER);
    }

    public ContractTerms terms() {
        return terms;
    }

    public String fingerprint() {
        return fingerprint;
    }

    /** When the current version of the terms was made: the contract's creation, or its last correction. */
    public Instant termsSince() {
        return termsSince;
    }

    /**
     * The number of the current version of the terms: 1 for the terms the contract was made with, 2 after the first
     * change, and so on. Once the terms changed, a YES by text names it ({@code YES-<id>-<n>}, {@link CurrentTermsPolicy}).
     */
    public int termsVersion() {
        return termsVersion;
    }

    /** True once the terms were changed after the contract was made. */
    public boolean termsChanged() {
        return termsVersion > 1;
    }

    public List<Confirmation> confirmations() {
        return List.copyOf(confirmations);
    }

    public String transcript() {
        return transcript;
    }

    /** The terms heard with low confidence on the call and not corrected since; none for a contract typed in. */
    public TermMarks uncertain() {
        return uncertain;
    }
}
