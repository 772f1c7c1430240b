package com.voicepact.domain.contract;

import static com.voicepact.domain.contract.ContractStatus.ACTIVE;
import static com.voicepact.domain.contract.ContractStatus.CANCELLED;
import static com.voicepact.domain.contract.ContractStatus.CONFIRMED;

import com.voicepact.domain.common.PhoneNumber;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The buyer's and the seller's requests to cancel a confirmed or active {@link Contract} by agreement. Owned by its
 * contract: a refused request is an {@link IllegalTransitionException} or a {@link PartyNotEntitledException}.
 */
public final class CancellationByAgreement {

    private final ContractId contract;
    private final TermsAgreement agreement;
    private final ContractTimeline timeline;
    private final Set<PhoneNumber> requests;

    CancellationByAgreement(
            ContractId contract, TermsAgreement agreement, ContractTimeline timeline, Set<PhoneNumber> requests) {
        this.contract = contract;
        this.agreement = agreement;
        this.timeline = timeline;
        this.requests = new LinkedHashSet<>(requests);
    }

    /** Both buyer and seller must ask; the second request cancels (a funded contract is then refunded). */
    public void requestCancellationBy(PhoneNumber phone, Instant at) {
        Party party = agreement.roster().requireBuyerOrSeller(contract, phone);
        timeline.require(
                EnumSet.of(CONFIRMED, ACTIVE), "only a confirmed or active contract can be cancelled by agreement");
        if (!requests.add(party.phone())) {
            throw new IllegalTransitionException(
                    contract, timeline.status(), "party " + phone.masked() + " already asked to cancel");
        }
        if (requests.contains(agreement.buyer().phone())
                && requests.contains(agreement.seller().phone())) {
            timeline.closed(CANCELLED, at);
        }
    }

    public Set<PhoneNumber> cancellationRequests() {
        return Set.copyOf(requests);
    }
}
