package com.voicepact.application.escrow.port.in;

/**
 * Payouts and refunds whose notification never came. A payout the provider accepted longer ago than
 * the payout settle window is settled by asking the provider (by its id, else by our payout id), and
 * the answer is applied as its notification would have been: exactly once, whatever the repeats.
 */
public interface SettleStalePayoutsUseCase {

    /** Returns how many payouts were settled; a provider that is down or still pending leaves them for the next run. */
    int settleStalePayouts();
}
