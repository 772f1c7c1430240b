package com.voicepact.application.fakes;

import com.voicepact.application.operations.port.out.BusinessFigures;
import com.voicepact.application.operations.port.out.BusinessFiguresPort;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.ledger.AccountType;
import com.voicepact.domain.ledger.LedgerLine;
import com.voicepact.domain.payment.EscrowPaymentSnapshot;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutKind;
import com.voicepact.domain.payment.PayoutState;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The business figures counted over the in-memory stores. */
public final class InMemoryBusinessFigures implements BusinessFiguresPort {

    private final InMemoryContracts contracts;
    private final InMemoryPayments payments;
    private final InMemoryLedger ledger;
    private final InMemorySmsLog sms;

    public InMemoryBusinessFigures(
            InMemoryContracts contracts, InMemoryPayments payments, InMemoryLedger ledger, InMemorySmsLog sms) {
        this.contracts = contracts;
        this.payments = payments;
        this.ledger = ledger;
        this.sms = sms;
    }

    @Override
    public BusinessFigures read() {
        Map<ContractStatus, Long> byStatus = new EnumMap<>(ContractStatus.class);
        contracts.statuses().forEach(s -> byStatus.merge(s, 1L, Long::sum));
        Map<PaymentStatus, Long> paymentsByStatus = new EnumMap<>(PaymentStatus.class);
        Map<PayoutKind, Map<PayoutState, Long>> payouts = new EnumMap<>(PayoutKind.class);
        for (EscrowPaymentSnapshot payment : payments.snapshots()) {
            paymentsByStatus.merge(payment.status(), 1L, Long::sum);
            for (Payout payout : payment.payouts()) {
                payouts.computeIfAbsent(payout.kind(), k -> new EnumMap<>(PayoutState.class))
                        .merge(payout.state(), 1L, Long::sum);
            }
        }
        return new BusinessFigures(
                byStatus,
                balance(Set.of(AccountType.ESCROW)),
                balance(Set.of(AccountType.SELLER_PAYABLE, AccountType.BUYER_PAYABLE)),
                paymentsByStatus,
                payouts,
                sms.entries().stream()
                        .collect(Collectors.groupingBy(e -> e.status(), HashMap::new, Collectors.counting())));
    }

    private Map<CurrencyCode, BigDecimal> balance(Set<AccountType> accounts) {
        Map<CurrencyCode, BigDecimal> balances = new EnumMap<>(CurrencyCode.class);
        ledger.all().stream()
                .flatMap(p -> p.lines().stream())
                .filter(l -> accounts.contains(l.account().type()))
                .forEach(l -> balances.merge(l.amount().currency(), signed(l), BigDecimal::add));
        return balances;
    }

    private static BigDecimal signed(LedgerLine line) {
        BigDecimal amount = line.amount().amount();
        return line.side() == LedgerLine.Side.CREDIT ? amount : amount.negate();
    }
}
