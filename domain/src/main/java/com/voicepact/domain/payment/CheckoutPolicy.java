package com.voicepact.domain.payment;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.IllegalTransitionException;
import com.voicepact.domain.contract.PartyNotEntitledException;

/**
 * Who may pay how much into a contract's escrow: the buyer, into a contract that takes a checkout
 * ({@link ContractEscrow#acceptsCheckout()}), in its currency, within the per-transaction limits, and never more than is
 * still open to a checkout ({@link ContractEscrow#openToCheckout()}: pending checkouts reserve their amount).
 */
public final class CheckoutPolicy {

    private CheckoutPolicy() {}

    /**
     * Refuses a checkout the rules do not allow, in this order: the contract's state, the payer, the currency, the limits,
     * what is still open.
     *
     * @param smallest the smallest amount one checkout may ask for (included)
     * @param largest the largest amount one checkout may ask for (included)
     * @throws IllegalTransitionException when the contract takes no checkout now
     * @throws PartyNotEntitledException when {@code payer} is not the buyer
     * @throws InvalidValueException when the amount is in another currency, outside the limits or above what is open
     */
    public static void requireAllowed(
            ContractEscrow escrow, PhoneNumber payer, Money amount, Money smallest, Money largest) {
        Contract contract = escrow.contract();
        if (!escrow.acceptsCheckout()) {
            throw new IllegalTransitionException(
                    contract.id(),
                    contract.status(),
                    "checkout needs a confirmed (or an active, under-funded) contract");
        }
        if (!contract.agreement().buyer().phone().equals(payer)) {
            throw new PartyNotEntitledException(contract.id(), payer, "is not the buyer");
        }
        InvalidValueException.require(
                amount.hasSameCurrencyAs(escrow.total()),
                "amount currency " + amount.currency() + " differs from the contract's "
                        + escrow.total().currency());
        InvalidValueException.require(
                amount.compareTo(smallest) >= 0 && amount.compareTo(largest) <= 0,
                "amount " + amount + " is outside the per-transaction limits " + smallest + " to " + largest);
        Money open = escrow.openToCheckout();
        InvalidValueException.require(
                amount.compareTo(open) <= 0, "amount " + amount + " is above what is still owed (" + open + ")");
    }
}
