package com.voicepact.domain.ledger;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.ContractId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One balanced money movement: its debits equal its credits, in one currency. The id names the
 * event it records ({@code LOCK:TXN-...}), so the same event can never be posted twice.
 */
public record Posting(
        String id, ContractId contract, String transactionId, String kind, Instant at, List<LedgerLine> lines) {

    public Posting {
        InvalidValueException.require(
                id != null && !id.isBlank() && kind != null && at != null && contract != null,
                "posting id, contract, kind and time are required");
        InvalidValueException.require(lines != null && lines.size() >= 2, "a posting has at least two lines");
        lines = List.copyOf(lines);
        long currencies =
                lines.stream().map(l -> l.amount().currency()).distinct().count();
        InvalidValueException.require(currencies == 1, "a posting moves one currency");
        InvalidValueException.require(
                total(lines, LedgerLine.Side.DEBIT).compareTo(total(lines, LedgerLine.Side.CREDIT)) == 0,
                "posting " + id + " is unbalanced: debits must equal credits");
    }

    static BigDecimal total(List<LedgerLine> lines, LedgerLine.Side side) {
        return lines.stream()
                .filter(l -> l.side() == side)
                .map(l -> l.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
