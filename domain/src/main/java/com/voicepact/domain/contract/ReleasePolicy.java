package com.voicepact.domain.contract;

import java.util.List;
import java.util.Optional;

/**
 * The release rule of the escrow, one named policy per condition (docs/escrow.md, "Disputes and releases"): the money of
 * an accepted delivery may go to the seller when the contract is ACTIVE, the seller reported the delivery, the buyer accepted
 * it and no dispute is open. {@link Fulfilment#isReadyForRelease()}, {@link Fulfilment#releaseBlockers()}, the release, delivery
 * and escrow-timeout services all ask these policies; none restates them.
 */
@FunctionalInterface
public interface ReleasePolicy {

    /** Allowed, or rejected with the reason, for {@code contract} as it is now. */
    ReleaseDecision check(Contract contract);

    /** Funded and not disputed: a contract that is not ACTIVE has no accepted delivery to pay for. */
    ReleasePolicy CONTRACT_MUST_BE_ACTIVE =
            c -> ReleaseDecision.allowedIf(c.status() == ContractStatus.ACTIVE, ReleaseBlocker.NOT_ACTIVE);

    /** The seller said the goods arrived. */
    ReleasePolicy SELLER_MUST_HAVE_REPORTED_DELIVERY =
            c -> ReleaseDecision.allowedIf(c.fulfilment().delivery().isPresent(), ReleaseBlocker.DELIVERY_NOT_REPORTED);

    /** The buyer said the goods arrived: the second of the two confirmations the escrow waits for. */
    ReleasePolicy BUYER_MUST_HAVE_ACCEPTED_DELIVERY = c -> ReleaseDecision.allowedIf(
            c.fulfilment().delivery().map(DeliveryReport::isAccepted).orElse(false),
            ReleaseBlocker.DELIVERY_NOT_ACCEPTED);

    /** An open dispute puts the payment on hold until an operator resolves it. */
    ReleasePolicy NO_DISPUTE_MAY_BE_OPEN = c -> ReleaseDecision.allowedIf(
            !c.fulfilment().dispute().map(Dispute::isOpen).orElse(false), ReleaseBlocker.DISPUTE_OPEN);

    /** Every policy of an accepted delivery's release, in the order their reasons are told. */
    List<ReleasePolicy> ACCEPTED_DELIVERY = List.of(
            CONTRACT_MUST_BE_ACTIVE,
            SELLER_MUST_HAVE_REPORTED_DELIVERY,
            BUYER_MUST_HAVE_ACCEPTED_DELIVERY,
            NO_DISPUTE_MAY_BE_OPEN);

    /** The reasons every policy of {@link #ACCEPTED_DELIVERY} rejects {@code contract} for; empty when the release is allowed. */
    static List<ReleaseBlocker> blockersOf(Contract contract) {
        return ACCEPTED_DELIVERY.stream()
                .map(policy -> policy.check(contract))
                .flatMap(decision -> decision instanceof ReleaseDecision.Rejected rejected
                        ? Optional.of(rejected.blocker()).stream()
                        : Optional.<ReleaseBlocker>empty().stream())
                .toList();
    }
}
