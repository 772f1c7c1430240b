package com.voicepact.domain.ledger;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;

public record LedgerLine(Account account, Side side, Money amount) {

    public enum Side {
        DEBIT,
        CREDIT
    }

    public LedgerLine {
        InvalidValueException.require(
                account != null && side != null && amount != null, "ledger line fields are required");
        InvalidValueException.require(amount.isPositive(), "a ledger line moves a positive amount");
    }

    public static LedgerLine debit(Account account, Money amount) {
        return new LedgerLine(account, Side.DEBIT, amount);
    }

    public static LedgerLine credit(Account account, Money amount) {
        return new LedgerLine(account, Side.CREDIT, amount);
    }
}
