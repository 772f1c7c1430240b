package com.voicepact.adapter.out.persistence;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.EscrowPaymentSnapshot;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutKind;
import com.voicepact.domain.payment.PayoutState;
import com.voicepact.domain.payment.TransactionId;
import java.util.List;
import java.util.stream.IntStream;

/** Between the payment aggregate and its two tables; versions shift by one as for contracts. */
final class PaymentMapper {

    private PaymentMapper() {}

    static PaymentEntity toEntity(EscrowPayment payment) {
        EscrowPaymentSnapshot s = payment.snapshot();
        return new PaymentEntity(
                s.id().value(),
                Math.max(s.version() - 1, 0),
                s.contractId().value(),
                s.payer().e164(),
                s.recipient().e164(),
                s.amount().amount(),
                s.amount().currency().name(),
                s.reference(),
                s.status().name(),
                s.providerTransactionId(),
                s.createdAt(),
                s.confirmedAt(),
                s.closedAt(),
                s.failureReason(),
                s.retryCount(),
                FlatMap.encode(s.metadata()),
                s.collectionReceipt(),
                s.retryOf() == null ? null : s.retryOf().value());
    }

    static List<PayoutEntity> payoutsOf(EscrowPayment payment) {
        List<Payout> payouts = payment.payouts();
        return IntStream.range(0, payouts.size())
                .mapToObj(i -> {
                    Payout p = payouts.get(i);
                    return new PayoutEntity(
                            p.id(),
                            payment.id().value(),
                            i,
                            p.kind().name(),
                            p.recipient().e164(),
                            p.amount().amount(),
                            p.amount().currency().name(),
                            p.state().name(),
                            p.providerId(),
                            p.attempts(),
                            p.requestedAt(),
                            p.failureReason());
                })
                .toList();
    }

    static EscrowPayment toDomain(PaymentEntity e, List<PayoutEntity> payouts) {
        CurrencyCode currency = CurrencyCode.valueOf(e.currency());
        return EscrowPayment.reconstitute(new EscrowPaymentSnapshot(
                TransactionId.parse(e.transactionId()),
                ContractId.parse(e.contractId()),
                new PhoneNumber(e.payer()),
                new PhoneNumber(e.recipient()),
                Money.of(e.amount(), currency),
                e.reference(),
                PaymentStatus.valueOf(e.status()),
                e.providerTransactionId(),
                e.createdAt(),
                e.confirmedAt(),
                e.closedAt(),
                e.failureReason(),
                e.retryCount(),
                FlatMap.decode(e.metadata()),
                payouts.stream().map(PaymentMapper::payout).toList(),
                e.version() + 1,
                e.collectionReceipt(),
                e.retryOf() == null ? null : TransactionId.parse(e.retryOf())));
    }

    private static Payout payout(PayoutEntity p) {
        return new Payout(
                p.id(),
                PayoutKind.valueOf(p.kind()),
                new PhoneNumber(p.recipient()),
                Money.of(p.amount(), CurrencyCode.valueOf(p.currency())),
                PayoutState.valueOf(p.state()),
                p.providerId(),
                p.attempts(),
                p.requestedAt(),
                p.failureReason());
    }
}
