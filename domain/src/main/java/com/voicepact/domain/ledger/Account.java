package com.voicepact.domain.ledger;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.ContractId;

/** A ledger account; the per-contract accounts carry the contract id, the global ones none. */
public record Account(AccountType type, ContractId contract) {

    public Account {
        InvalidValueException.require(type != null, "account type is required");
        boolean perContract =
                type == AccountType.ESCROW || type == AccountType.SELLER_PAYABLE || type == AccountType.BUYER_PAYABLE;
        InvalidValueException.require(
                perContract == (contract != null), type + (perContract ? " needs" : " takes no") + " contract");
    }

    public static Account wallet() {
        return new Account(AccountType.WALLET, null);
    }

    public static Account fees() {
        return new Account(AccountType.FEES, null);
    }

    public static Account escrow(ContractId contract) {
        return new Account(AccountType.ESCROW, contract);
    }

    public static Account sellerPayable(ContractId contract) {
        return new Account(AccountType.SELLER_PAYABLE, contract);
    }

    public static Account buyerPayable(ContractId contract) {
        return new Account(AccountType.BUYER_PAYABLE, contract);
    }

    public String code() {
        return contract == null ? type.name() : type.name() + ":" + contract.value();
    }
}
