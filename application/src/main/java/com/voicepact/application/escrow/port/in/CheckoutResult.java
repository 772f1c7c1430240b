package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.payment.EscrowPayment;

/** The payment the checkout created (or, for a repeated idempotency key, created before) and the provider's words. */
public record CheckoutResult(EscrowPayment payment, String description, boolean replayed) {}
