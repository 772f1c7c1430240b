package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.payment.TransactionId;

/** An operator's refund of a payment's escrow to its payer: which payment, why (for the audit log), and who asks. */
public record RefundEscrowCommand(TransactionId transactionId, String reason, Actor actor) {}
