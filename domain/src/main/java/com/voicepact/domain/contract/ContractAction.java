package com.voicepact.domain.contract;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a party may do to a contract from their phone, and the one rule of who may do it when: each action's policy looks at
 * the caller's {@link Standing} and allows it or names the {@link ActionRefusal}. The aggregate's guards
 * ({@link Contract#confirmBy}, {@link Fulfilment#reportDelivery}, ...) enforce it, {@link Contract#actionsFor} lists it, and
 * the USSD menu and the SMS commands offer and name these same actions.
 */
public enum ContractAction {
    CONFIRM,
    DECLINE,
    REPORT_DELIVERY,
    ACCEPT_DELIVERY,
    RAISE_DISPUTE,
    /** Correct one term ({@link TermCorrection}): any party, while the contract is pending and its window open. */
    AMEND_TERMS;

    /**
     * The facts the rule looks at: the contract's status and the caller's place in it.
     *
     * @param role the caller's role; null when the caller is not a party
     * @param windowOpen whether the confirmation window is still open (a listing that ignores the clock passes true)
     */
    public record Standing(
            ContractStatus status,
            PartyRole role,
            boolean decided,
            boolean windowOpen,
            boolean deliveryReported,
            boolean deliveryAccepted) {

        /** The standing of {@code phone} on {@code contract} as it is now. */
        public static Standing of(
                Contract contract, com.voicepact.domain.common.PhoneNumber phone, boolean windowOpen) {
            Optional<Party> party = contract.agreement().partyWith(phone);
            Optional<DeliveryReport> delivery = contract.fulfilment().delivery();
            return new Standing(
                    contract.status(),
                    party.map(Party::role).orElse(null),
                    party.flatMap(p -> contract.agreement().decisionOf(p.phone()))
                            .isPresent(),
                    windowOpen,
                    delivery.isPresent(),
                    delivery.map(DeliveryReport::isAccepted).orElse(false));
        }
    }

    /** The refusal of this action for {@code caller}, in the order the guards check; empty when it is allowed. */
    public Optional<ActionRefusal> refusal(Standing caller) {
        if (caller.role() == null) {
            return Optional.of(ActionRefusal.NOT_A_PARTY);
        }
        return switch (this) {
            case CONFIRM, DECLINE ->
                first(
                        broken(caller.status() != ContractStatus.PENDING, ActionRefusal.NOT_PENDING),
                        broken(!caller.windowOpen(), ActionRefusal.CONFIRMATION_WINDOW_CLOSED),
                        broken(caller.decided(), ActionRefusal.ALREADY_DECIDED));
            case REPORT_DELIVERY ->
                first(
                        broken(caller.role() != PartyRole.SELLER, ActionRefusal.NOT_THE_SELLER),
                        broken(caller.status() != ContractStatus.ACTIVE, ActionRefusal.DELIVERY_NEEDS_ACTIVE),
                        broken(caller.deliveryAccepted(), ActionRefusal.DELIVERY_ALREADY_ACCEPTED));
            case ACCEPT_DELIVERY ->
                first(
                        broken(caller.role() != PartyRole.BUYER, ActionRefusal.NOT_THE_BUYER),
                        broken(caller.status() != ContractStatus.ACTIVE, ActionRefusal.ACCEPTANCE_NEEDS_ACTIVE),
                        broken(!caller.deliveryReported(), ActionRefusal.DELIVERY_NOT_REPORTED),
                        broken(caller.deliveryAccepted(), ActionRefusal.DELIVERY_ALREADY_ACCEPTED));
            case RAISE_DISPUTE ->
                first( // once the buyer accepted, the money is on its way (payment.DisputePolicy has the rest)
                        broken(
                                caller.role() != PartyRole.BUYER && caller.role() != PartyRole.SELLER,
                                ActionRefusal.NEITHER_BUYER_NOR_SELLER),
                        broken(
                                caller.status() == ContractStatus.ACTIVE && caller.deliveryAccepted(),
                                ActionRefusal.RELEASE_UNDER_WAY),
                        broken(caller.status() != ContractStatus.ACTIVE, ActionRefusal.DISPUTE_NEEDS_ACTIVE));
            case AMEND_TERMS ->
                first( // the deal is the buyer's and the seller's: a witness attests to it, never changes it
                        broken(
                                caller.role() != PartyRole.BUYER && caller.role() != PartyRole.SELLER,
                                ActionRefusal.NEITHER_BUYER_NOR_SELLER),
                        broken(caller.status() != ContractStatus.PENDING, ActionRefusal.TERMS_NEED_PENDING),
                        broken(!caller.windowOpen(), ActionRefusal.CONFIRMATION_WINDOW_CLOSED));
        };
    }

    /** Every action {@code caller} may take now. */
    public static Set<ContractAction> allowedFor(Standing caller) {
        Set<ContractAction> allowed = EnumSet.noneOf(ContractAction.class);
        for (ContractAction action : values()) {
            if (action.refusal(caller).isEmpty()) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** One condition of a policy: when {@code broken}, the action is refused for {@code refusal}. */
    private record Condition(boolean broken, ActionRefusal refusal) {}

    private static Condition broken(boolean broken, ActionRefusal refusal) {
        return new Condition(broken, refusal);
    }

    /** The refusal of the first broken condition, in the order given. */
    private static Optional<ActionRefusal> first(Condition... conditions) {
        for (Condition condition : conditions) {
            if (condition.broken()) {
                return Optional.of(condition.refusal());
            }
        }
        return Optional.empty();
    }
}
