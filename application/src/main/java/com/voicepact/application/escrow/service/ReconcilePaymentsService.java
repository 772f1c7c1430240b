package com.voicepact.application.escrow.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.ProviderComparison;
import com.voicepact.application.escrow.port.in.PaymentProviderUnavailableException;
import com.voicepact.application.escrow.port.in.ReconcilePaymentsCommand;
import com.voicepact.application.escrow.port.in.ReconcilePaymentsUseCase;
import com.voicepact.application.escrow.port.in.ReconciliationReport;
import com.voicepact.application.escrow.port.in.ReconciliationReport.Mismatch;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.MovementsNotListedException;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderMovement;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.ledger.Account;
import com.voicepact.domain.ledger.Balances;
import com.voicepact.domain.ledger.Posting;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares our payments and ledger with the provider's transactions. Every difference is reported
 * and audited as a flag for a person to look at; nothing is corrected automatically. With a provider that lists no
 * movements ({@link MovementsNotListedException}, M-Pesa Daraja) only our payments and ledger are compared, and the
 * report says so and is not clean; a provider that cannot be asked now refuses the reconciliation
 * ({@link PaymentProviderUnavailableException}: try again later).
 */
public final class ReconcilePaymentsService implements ReconcilePaymentsUseCase {

    private static final Actor RECONCILER = Actor.system("reconciliation");
    private static final AuditAction MISMATCH = AuditAction.RECONCILIATION_MISMATCH;
    private final Payments payments;
    private final LedgerPostings ledger;
    private final ClockPort clock;
    private final TransactionPort transactions;
    private final AuditTrail audit;
    private final PaymentGatewayPort gateway;
    private final PaymentSettings settings;

    public ReconcilePaymentsService(
            Payments payments,
            LedgerPostings ledger,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            PaymentGatewayPort gateway,
            PaymentSettings settings) {
        this.payments = payments;
        this.ledger = ledger;
        this.clock = clock;
        this.transactions = transactions;
        this.audit = audit;
        this.gateway = gateway;
        this.settings = settings;
    }

    @Override
    public ReconciliationReport reconcile(ReconcilePaymentsCommand command) {
        Instant from = command.from();
        Instant to = command.to();
        List<ProviderMovement> theirs;
        String providerUnchecked = null;
        try {
            theirs = gateway.movementsBetween(from, to);
        } catch (MovementsNotListedException e) {
            // Asking again will not help: compare our own records with each other, and say what an operator must check
            // by hand.
            theirs = List.of();
            providerUnchecked = e.getMessage();
        } catch (GatewayException e) {
            throw new PaymentProviderUnavailableException("reconciliation needs the provider: " + e.getMessage(), e);
        }
        List<EscrowPayment> ours = payments.findCreatedBetween(from, to);
        List<Mismatch> mismatches = new ArrayList<>();
        Set<String> matched =
                providerUnchecked == null ? ProviderComparison.compare(ours, theirs, mismatches) : Set.of();
        if (providerUnchecked != null) {
            unresolvedCheckouts(ours, mismatches);
        }
        for (ProviderMovement t : theirs) {
            if (!matched.contains(t.providerReference()) && t.succeeded()) {
                mismatches.add(new Mismatch(
                        "PROVIDER_ONLY",
                        null,
                        t.providerReference(),
                        "the provider moved " + t.amount() + " that no payment of ours accounts for"));
            }
        }
        compareLedger(ours, mismatches);
        ReconciliationReport report =
                new ReconciliationReport(from, to, ours.size(), theirs.size(), mismatches, providerUnchecked);
        if (!mismatches.isEmpty()) {
            transactions.inTransaction(() -> {
                mismatches.forEach(this::auditOnce);
                return null;
            });
        }
        return report;
    }

    /** A mismatch already in the audit log (same subject, same words) is reported again but not audited again. */
    private void auditOnce(Mismatch m) {
        String subject = m.transactionId() == null
                ? (m.providerTransactionId() == null ? "reconciliation" : "provider:" + m.providerTransactionId())
                : m.transactionId();
        String detail = m.kind() + ": " + m.detail();
        if (!audit.alreadyRecorded(subject, MISMATCH, detail)) {
            audit.change(RECONCILER, MISMATCH, subject, "", "", detail);
        }
    }

    /**
     * Payments pending past the checkout window with no provider id: the push's answer was lost, and a provider that lists
     * nothing (M-Pesa Daraja) cannot be searched by our reference either, so no job will ever settle them: the payer may
     * have paid. Listed with what an operator does about it.
     */
    private void unresolvedCheckouts(List<EscrowPayment> ours, List<Mismatch> out) {
        Instant cutoff = clock.now().minus(settings.checkoutWindow());
        for (EscrowPayment p : ours) {
            if (p.status() == PaymentStatus.PENDING
                    && p.lifecycle().providerTransactionId().isEmpty()
                    && !p.checkout().createdAt().isAfter(cutoff)) {
                out.add(
                        new Mismatch(
                                "UNRESOLVED_CHECKOUT",
                                p.id().value(),
                                null,
                                "payment request " + p.checkout().reference() + " of "
                                        + p.amount() + " from "
                                        + p.checkout().payer().masked()
                                        + " is pending past the checkout window and the provider cannot"
                                        + " be asked about it (its answer was lost): look for account reference "
                                        + p.checkout().reference()
                                        + " on the provider's statement; if it was paid, have the payment confirmed by its receipt, else cancel it"));
            }
        }
    }

    /** The ledger's escrow of each contract must equal what its payments say is still held. */
    private void compareLedger(List<EscrowPayment> ours, List<Mismatch> out) {
        Set<ContractId> contracts = new HashSet<>();
        ours.forEach(p -> contracts.add(p.contractId()));
        for (ContractId contract : contracts) {
            List<Posting> postings = ledger.forContract(contract);
            BigDecimal ledger = Balances.creditBalance(postings, Account.escrow(contract));
            BigDecimal held = BigDecimal.ZERO;
            for (EscrowPayment p : payments.findByContract(contract)) {
                if (p.lifecycle().confirmedAt().isPresent() && p.status() != PaymentStatus.PENDING) {
                    held = held.add(p.amount().amount());
                }
                for (Payout payout : p.payouts()) {
                    if (payout.state() != PayoutState.FAILED) {
                        held = held.subtract(payout.amount().amount());
                    }
                }
            }
            if (ledger.compareTo(held) != 0) {
                out.add(new Mismatch(
                        "LEDGER",
                        null,
                        null,
                        "contract " + contract + ": ledger escrow " + ledger.toPlainString() + " but payments hold "
                                + held.toPlainString()));
            }
        }
    }
}
