package com.voicepact.sandbox.mpesa;

import java.math.BigDecimal;

/**
 * An M-Pesa Express prompt showing on a simulated phone: "Do you want to pay KES {amount} to {business}
 * for account {accountReference}? Enter M-PESA PIN". Answer it with {@link DarajaSandbox#answer}.
 */
public record StkPrompt(
        String checkoutRequestId,
        String phone,
        BigDecimal amount,
        String business,
        String accountReference,
        String transactionDesc) {}
