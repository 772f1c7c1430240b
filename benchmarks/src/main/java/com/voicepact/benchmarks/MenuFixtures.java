package com.voicepact.benchmarks;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.ussd.UssdContract;
import com.voicepact.domain.ussd.UssdContract.PaymentLine;
import java.util.ArrayList;
import java.util.List;

/**
 * A caller's contracts as the USSD menu gets them from the database on each hop (newest first), in a realistic mix:
 * of every five, one awaiting the caller's YES, one active with the goods to deliver, one active with the goods to
 * accept, one confirmed and part paid, one completed and paid out (closed: on the payments screen only). Every open
 * one but the first has money in escrow.
 */
public final class MenuFixtures {

    private static final String[] PRODUCTS = {
        "maize", "beans", "Irish potatoes", "Hass avocado, export grade A", "tomatoes", "green grams"
    };

    private MenuFixtures() {}

    /** {@code count} contracts, newest first, ids {@code AG-2026-000001..}; amounts in KES. */
    public static List<UssdContract> contracts(int count) {
        List<UssdContract> contracts = new ArrayList<>(count);
        for (int n = count; n >= 1; n--) {
            contracts.add(contract(n));
        }
        return contracts;
    }

    private static UssdContract contract(int n) {
        Money value = kes(25_000 + 1_000L * n);
        Money half = kes((25_000 + 1_000L * n) / 2);
        return switch (n % 5) {
            case 0 -> of(n, value, ContractStatus.PENDING, PartyRole.SELLER, false, false, List.of());
            case 1 ->
                of(
                        n,
                        value,
                        ContractStatus.ACTIVE,
                        PartyRole.SELLER,
                        false,
                        false,
                        List.of(new PaymentLine(PaymentStatus.LOCKED, value)));
            case 2 ->
                of(
                        n,
                        value,
                        ContractStatus.ACTIVE,
                        PartyRole.BUYER,
                        true,
                        false,
                        List.of(
                                new PaymentLine(PaymentStatus.LOCKED, half),
                                new PaymentLine(PaymentStatus.LOCKED, half)));
            case 3 ->
                of(
                        n,
                        value,
                        ContractStatus.CONFIRMED,
                        PartyRole.BUYER,
                        false,
                        false,
                        List.of(
                                new PaymentLine(PaymentStatus.LOCKED, half),
                                new PaymentLine(PaymentStatus.FAILED, half)));
            default ->
                of(
                        n,
                        value,
                        ContractStatus.COMPLETED,
                        PartyRole.SELLER,
                        true,
                        true,
                        List.of(new PaymentLine(PaymentStatus.RELEASED, value)));
        };
    }

    private static UssdContract of(
            int n,
            Money value,
            ContractStatus status,
            PartyRole role,
            boolean reported,
            boolean accepted,
            List<PaymentLine> payments) {
        return new UssdContract(
                ContractId.of(2026, n),
                PRODUCTS[n % PRODUCTS.length],
                "bag",
                value,
                status,
                role,
                status != ContractStatus.PENDING,
                reported,
                accepted,
                payments,
                "fp-" + n);
    }

    private static Money kes(long amount) {
        return Money.of(String.valueOf(amount), CurrencyCode.KES);
    }
}
