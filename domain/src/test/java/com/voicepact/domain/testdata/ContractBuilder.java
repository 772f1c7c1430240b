package com.voicepact.domain.testdata;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.Quantity;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.contract.TermMarks;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test data for contracts, shared with every module's tests through the domain test-jar. */
public final class ContractBuilder {

    public static final PhoneNumber BUYER = PhoneNumber.parse("+254712345678", "KE");
    public static final PhoneNumber SELLER = PhoneNumber.parse("+254722000111", "KE");
    public static final PhoneNumber WITNESS = PhoneNumber.parse("+254733000222", "KE");
    public static final PhoneNumber STRANGER = PhoneNumber.parse("+254799999999", "KE");
    public static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    public static final Duration WINDOW = Duration.ofHours(24);

    private ContractId id = ContractId.of(2026, 1);
    private final List<Party> parties = new ArrayList<>(List.of(
            Party.of(BUYER, PartyRole.BUYER, "Amina Buyer"), Party.of(SELLER, PartyRole.SELLER, "John Farmer")));
    private ContractTerms terms = maizeTerms();
    private Instant createdAt = T0;
    private TermMarks marks = TermMarks.none();

    public static ContractBuilder aContract() {
        return new ContractBuilder();
    }

    public static ContractTerms maizeTerms() {
        return ContractTerms.of(
                "Maize",
                Quantity.of(new BigDecimal("50"), "bags"),
                Money.of("3500", CurrencyCode.KES),
                null,
                "Nakuru market",
                LocalDate.parse("2026-03-20"),
                "Grade A",
                null);
    }

    public ContractBuilder withId(ContractId contractId) {
        this.id = contractId;
        return this;
    }

    public ContractBuilder withSequence(long sequence) {
        return withId(ContractId.of(2026, sequence));
    }

    public ContractBuilder withWitness() {
        parties.add(Party.of(WITNESS, PartyRole.WITNESS, "Village Elder"));
        return this;
    }

    public ContractBuilder withTerms(ContractTerms contractTerms) {
        this.terms = contractTerms;
        return this;
    }

    /** Drafted from a call on which {@code uncertain} were heard with low confidence. */
    public ContractBuilder withUncertain(TermCorrection.Field... uncertain) {
        this.marks = TermMarks.of(uncertain);
        return this;
    }

    public ContractBuilder createdAt(Instant at) {
        this.createdAt = at;
        return this;
    }

    public Contract pending() {
        return Contract.create(
                id, ContractType.AGRICULTURAL_SUPPLY, parties, terms, "test transcript", marks, createdAt, WINDOW);
    }

    public Contract confirmed() {
        Contract contract = pending();
        parties.forEach(p -> contract.confirmBy(p.phone(), Channel.SMS, createdAt.plusSeconds(60)));
        return contract;
    }

    public Contract active() {
        Contract contract = confirmed();
        contract.markFunded(createdAt.plusSeconds(120));
        return contract;
    }
}
