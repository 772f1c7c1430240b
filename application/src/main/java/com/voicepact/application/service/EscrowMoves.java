package com.voicepact.application.service;

import com.voicepact.application.port.in.ContractNotFoundException;
import com.voicepact.application.port.out.OutboxMessage;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.ledger.Postings;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The money moves shared by the escrow services, always inside the caller's transaction: each one
 * changes the payment, posts to the ledger, queues the payout or SMS in the outbox, and audits.
 */
final class EscrowMoves {

    private final EscrowPorts ports;

    EscrowMoves(EscrowPorts ports) {
        this.ports = ports;
    }

    Contract contract(ContractId id) {
        return ports.contracts().findById(id).orElseThrow(() -> new ContractNotFoundException(id));
    }

    void releaseAll(ContractId contract, Actor actor) {
        forLocked(contract, p -> List.of(p.startRelease(ports.clock().now())), actor, "ESCROW_RELEASE_STARTED");
    }

    void refundAll(ContractId contract, String reason, Actor actor) {
        forLocked(contract, p -> List.of(p.startRefund(reason, ports.clock().now())), actor, "ESCROW_REFUND_STARTED");
    }

    void splitAll(ContractId contract, BigDecimal sellerShare, Actor actor) {
        forLocked(contract, p -> p.startSplit(sellerShare, ports.clock().now()), actor, "ESCROW_SPLIT_STARTED");
    }

    private void forLocked(ContractId contract, Function<EscrowPayment, List<Payout>> move, Actor actor, String action) {
        for (EscrowPayment payment : ports.payments().findByContract(contract)) {
            if (payment.status() == PaymentStatus.LOCKED) {
                startPayouts(payment, move, actor, action);
            }
        }
    }

    EscrowPayment startPayouts(EscrowPayment payment, Function<EscrowPayment, List<Payout>> move, Actor actor, String action) {
        PaymentStatus before = payment.status();
        List<Payout> payouts = move.apply(payment);
        EscrowPayment saved = ports.payments().save(payment);
        for (Payout payout : payouts) {
            ports.ledger().post(Postings.payoutStarted(saved, payout, ports.clock().now()));
            ports.outbox().enqueue(OutboxMessage.payout(payout.id(), saved.id().value(), ports.clock().now()));
        }
        ports.audit().change(actor, action, saved.id().value(), before.name(), saved.status().name(),
                "payouts=" + payouts.stream().map(p -> p.id() + ":" + p.amount() + "->" + p.recipient().e164()).toList());
        return saved;
    }

    /** Money the contract's payments hold or already paid out, plus pending checkouts that reserve it. */
    static Money committed(Contract contract, List<EscrowPayment> payments) {
        Money sum = Money.zero(contract.terms().total().currency());
        for (EscrowPayment p : payments) {
            if (p.status() == PaymentStatus.PENDING || p.status() == PaymentStatus.LOCKED
                    || p.status() == PaymentStatus.RELEASING || p.status() == PaymentStatus.RELEASED) {
                sum = sum.plus(p.amount());
            }
        }
        return sum;
    }

    /** A CONFIRMED contract whose locked payments cover the total becomes ACTIVE. */
    void fundIfCovered(ContractId id, Actor actor) {
        Contract contract = contract(id);
        if (contract.status() != ContractStatus.CONFIRMED) {
            return;
        }
        Money locked = Money.zero(contract.terms().total().currency());
        for (EscrowPayment p : ports.payments().findByContract(id)) {
            if (p.status().holdsMoney() || p.status() == PaymentStatus.RELEASED) {
                locked = locked.plus(p.amount());
            }
        }
        if (locked.compareTo(contract.terms().total()) >= 0) {
            contract.markFunded(ports.clock().now());
            ports.contracts().save(contract);
            ports.audit().statusChange(actor, "CONTRACT_FUNDED", id.value(), ContractStatus.CONFIRMED, ContractStatus.ACTIVE,
                    "escrow holds " + locked);
        }
    }

    /** After a payout settled: the contract completes once every payment is paid out to the seller. */
    void completeIfSettled(ContractId id, Actor actor) {
        Contract contract = contract(id);
        List<EscrowPayment> payments = ports.payments().findByContract(id);
        boolean anyOpen = payments.stream().anyMatch(p -> p.status().holdsMoney() || p.status() == PaymentStatus.PENDING);
        boolean anyReleased = payments.stream().anyMatch(p -> p.status() == PaymentStatus.RELEASED);
        boolean completable = contract.status() == ContractStatus.ACTIVE || contract.status() == ContractStatus.DISPUTED;
        if (!anyOpen && anyReleased && completable) {
            ContractStatus before = contract.status();
            contract.complete(ports.clock().now());
            ports.contracts().save(contract);
            ports.audit().statusChange(actor, "CONTRACT_COMPLETED", id.value(), before, ContractStatus.COMPLETED, "all payouts confirmed");
        }
    }

    void sms(String eventKey, PhoneNumber to, java.util.function.Function<com.voicepact.domain.messaging.SmsTemplates, String> text,
             ContractId contract) {
        ports.messenger().send(eventKey, eventKey.substring(0, eventKey.indexOf(':')), to, contract, text);
    }
}
