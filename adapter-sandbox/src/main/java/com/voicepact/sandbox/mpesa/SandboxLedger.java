package com.voicepact.sandbox.mpesa;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's money: completed M-Pesa transactions by receipt and by originator conversation id, and
 * one B2C utility account in KES. Simplification (docs/mpesa.md): STK collections are credited straight
 * to the utility account, which really funds the payouts (live, an operator moves money between accounts).
 */
final class SandboxLedger {

    enum Kind {
        COLLECTION,
        PAYOUT,
        REVERSAL
    }

    /** A transaction as M-Pesa keeps it; {@code receipt} is null when it failed. */
    record Entry(
            Kind kind,
            String receipt,
            String originatorConversationId,
            String conversationId,
            String party,
            BigDecimal amount,
            Instant at,
            String resultCode,
            String resultDesc) {

        boolean succeeded() {
            return "0".equals(resultCode);
        }
    }

    private final Map<String, Entry> byReceipt = new HashMap<>();
    private final Map<String, Entry> byOriginator = new HashMap<>();
    private final Map<String, BigDecimal> reversed = new HashMap<>();
    private BigDecimal utility;

    SandboxLedger(BigDecimal openingUtilityBalance) {
        this.utility = openingUtilityBalance.setScale(2, RoundingMode.UNNECESSARY);
    }

    synchronized void collected(Entry entry) {
        record(entry);
        utility = utility.add(entry.amount());
    }

    /** True when the originator conversation id was already used (Daraja refuses the second request). */
    synchronized boolean knows(String originatorConversationId) {
        return byOriginator.containsKey(originatorConversationId);
    }

    synchronized BigDecimal utility() {
        return utility;
    }

    synchronized void fund(BigDecimal kes) {
        utility = utility.add(kes);
    }

    /** Moves the money when the account holds it ({@code emptyFault}: it reads as zero); records the entry either way. */
    synchronized Entry debit(Entry wanted, boolean emptyFault) {
        BigDecimal available = emptyFault ? BigDecimal.ZERO : utility;
        Entry entry = wanted;
        if (wanted.succeeded() && available.compareTo(wanted.amount()) < 0) {
            entry = new Entry(
                    wanted.kind(),
                    null,
                    wanted.originatorConversationId(),
                    wanted.conversationId(),
                    wanted.party(),
                    wanted.amount(),
                    wanted.at(),
                    "1",
                    "The balance is insufficient for the transaction.");
        }
        if (entry.succeeded()) {
            utility = utility.subtract(entry.amount());
        } else if (entry.receipt() != null) {
            entry = new Entry(
                    entry.kind(),
                    null,
                    entry.originatorConversationId(),
                    entry.conversationId(),
                    entry.party(),
                    entry.amount(),
                    entry.at(),
                    entry.resultCode(),
                    entry.resultDesc());
        }
        record(entry);
        return entry;
    }

    synchronized Optional<Entry> byReceipt(String receipt) {
        return Optional.ofNullable(byReceipt.get(receipt));
    }

    synchronized Optional<Entry> byOriginator(String originatorConversationId) {
        return Optional.ofNullable(byOriginator.get(originatorConversationId));
    }

    /** What of a collection may still be reversed. */
    synchronized BigDecimal reversible(String receipt) {
        Entry original = byReceipt.get(receipt);
        if (original == null || original.kind() != Kind.COLLECTION) {
            return BigDecimal.ZERO;
        }
        return original.amount().subtract(reversed.getOrDefault(receipt, BigDecimal.ZERO));
    }

    synchronized void noteReversed(String receipt, BigDecimal amount) {
        reversed.merge(receipt, amount, BigDecimal::add);
    }

    private void record(Entry entry) {
        if (entry.receipt() != null) {
            byReceipt.put(entry.receipt(), entry);
        }
        if (entry.originatorConversationId() != null) {
            byOriginator.put(entry.originatorConversationId(), entry);
        }
    }
}
