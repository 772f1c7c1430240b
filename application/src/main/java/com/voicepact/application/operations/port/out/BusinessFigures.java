package com.voicepact.application.operations.port.out;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.PayoutKind;
import com.voicepact.domain.payment.PayoutState;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The business as stored, at one moment, shared by every node: what the metrics' gauges show.
 * A status or currency with nothing in it is absent from its map (a gauge reads it as 0).
 *
 * @param contractsByStatus how many contracts are in each status
 * @param heldInEscrow per currency, the balance of the contracts' ESCROW ledger accounts (money paid in and
 *     not yet earmarked for a payout), in major units at the currency's scale; only a wrong ledger makes it negative
 * @param owedInPayouts per currency, the balance of the SELLER_PAYABLE and BUYER_PAYABLE accounts (money
 *     earmarked for payouts the provider has not confirmed yet), in major units at the currency's scale
 * @param paymentsByStatus how many checkouts (escrow payments) are in each status
 * @param payouts how many payouts of each kind are in each state
 * @param smsByDeliveryStatus how many logged SMS have each delivery status, as stored (lower case:
 *     {@code sent}, {@code success}, {@code failed}, ...)
 */
public record BusinessFigures(
        Map<ContractStatus, Long> contractsByStatus,
        Map<CurrencyCode, BigDecimal> heldInEscrow,
        Map<CurrencyCode, BigDecimal> owedInPayouts,
        Map<PaymentStatus, Long> paymentsByStatus,
        Map<PayoutKind, Map<PayoutState, Long>> payouts,
        Map<String, Long> smsByDeliveryStatus) {

    public BusinessFigures {
        InvalidValueException.require(
                contractsByStatus != null
                        && heldInEscrow != null
                        && owedInPayouts != null
                        && paymentsByStatus != null
                        && payouts != null
                        && smsByDeliveryStatus != null,
                "every family of figures is required (empty when there is nothing)");
        contractsByStatus = Map.copyOf(contractsByStatus);
        heldInEscrow = Map.copyOf(heldInEscrow);
        owedInPayouts = Map.copyOf(owedInPayouts);
        paymentsByStatus = Map.copyOf(paymentsByStatus);
        payouts = Map.copyOf(payouts);
        smsByDeliveryStatus = Map.copyOf(smsByDeliveryStatus);
    }
}
