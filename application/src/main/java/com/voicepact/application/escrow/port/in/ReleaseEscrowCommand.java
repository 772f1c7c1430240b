package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.TransactionId;

/** A release of a contract's escrow to the seller: the contract, the payment whose money is released, and who asks. */
public record ReleaseEscrowCommand(ContractId contractId, TransactionId transactionId, Actor actor) {}
