package com.voicepact.application.escrow.service;

import com.voicepact.application.escrow.EscrowMoves;
import com.voicepact.application.escrow.JobBatch;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.port.in.RetryCheckoutCommand;
import com.voicepact.application.escrow.port.in.RetryCheckoutUseCase;
import com.voicepact.application.escrow.port.in.RetryFailedCheckoutsUseCase;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.payment.EscrowPayment;
import java.time.Instant;
import java.util.List;

/**
 * The scheduled retry of failed or expired checkouts (when retries are enabled): each one due, not
 * retried yet and still payable is sent again as a new checkout. Safe to run on every node.
 */
public final class RetryFailedCheckoutsService implements RetryFailedCheckoutsUseCase {

    private final Payments payments;
    private final ClockPort clock;
    private final EscrowMoves moves;
    private final RetryCheckoutUseCase checkouts;
    private final PaymentSettings settings;

    public RetryFailedCheckoutsService(
            EscrowMoves moves,
            Payments payments,
            ClockPort clock,
            RetryCheckoutUseCase checkouts,
            PaymentSettings settings) {
        this.moves = moves;
        this.payments = payments;
        this.clock = clock;
        this.checkouts = checkouts;
        this.settings = settings;
    }

    @Override
    public int retryFailedCheckouts() {
        if (!settings.retryEnabled()) {
            return 0;
        }
        int retried = 0;
        Instant cutoff = clock.now().minus(settings.retryDelay());
        for (EscrowPayment failed : payments.findRetryableClosedBefore(cutoff, JobBatch.ROWS)) {
            if (failed.checkout().retryCount() >= settings.retryAttempts()
                    || alreadyRetried(failed)
                    || !stillPayable(failed)) {
                continue;
            }
            try {
                checkouts.retry(new RetryCheckoutCommand(failed.id()));
                retried++;
            } catch (RuntimeException refused) {
                // refused by the rules or the provider: recorded on the new payment, tried again next time if allowed
            }
        }
        return retried;
    }

    private boolean alreadyRetried(EscrowPayment failed) {
        List<EscrowPayment> siblings = payments.findByContract(failed.contractId());
        return siblings.stream()
                .anyMatch(
                        p -> p.checkout().retryOf().filter(failed.id()::equals).isPresent());
    }

    private boolean stillPayable(EscrowPayment failed) {
        return ContractStatus.FUNDABLE.contains(
                moves.contract(failed.contractId()).status());
    }
}
