package com.voicepact.domain.ledger;

import com.voicepact.domain.common.CurrencyCode;
import java.math.BigDecimal;
import java.util.Collection;

/** Balances read off postings; liabilities (escrow, payables) are credit-positive. */
public final class Balances {

    private Balances() {}

    public static BigDecimal creditBalance(Collection<Posting> postings, Account account) {
        BigDecimal balance = BigDecimal.ZERO;
        for (Posting posting : postings) {
            for (LedgerLine line : posting.lines()) {
                if (line.account().equals(account)) {
                    balance = line.side() == LedgerLine.Side.CREDIT
                            ? balance.add(line.amount().amount())
                            : balance.subtract(line.amount().amount());
                }
            }
        }
        return balance;
    }

    public static BigDecimal totalOf(Collection<Posting> postings, LedgerLine.Side side, CurrencyCode currency) {
        return postings.stream()
                .flatMap(p -> p.lines().stream())
                .filter(l -> l.side() == side && l.amount().currency() == currency)
                .map(l -> l.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
