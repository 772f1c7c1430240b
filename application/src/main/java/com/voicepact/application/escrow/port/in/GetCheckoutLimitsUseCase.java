package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;

/** The per-transaction limits of one checkout ({@code MIN_PAYMENT_AMOUNT}/{@code MAX_PAYMENT_AMOUNT}). */
public interface GetCheckoutLimitsUseCase {

    /** Smallest and largest amount one checkout may ask for, in {@code currency} (default KES 1.00 and KES 10000.00). */
    Limits checkoutLimits(CurrencyCode currency);

    /** Both ends included. */
    record Limits(Money smallest, Money largest) {

        /** "KES 1.00 to KES 10000.00", as every refusal words the limits. */
        public String words() {
            return smallest + " to " + largest;
        }
    }
}
