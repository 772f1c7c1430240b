package com.voicepact.application.fakes;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;

import com.voicepact.application.contract.port.in.CreateContractCommand;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.Quantity;
import com.voicepact.domain.testdata.ContractBuilder;
import java.math.BigDecimal;
import java.util.List;

/** Test data for contract creation commands. */
public final class CreateContractCommands {

    private CreateContractCommands() {}

    /** A deal one checkout can fund within the default per-transaction limit (KES 9,000). */
    public static CreateContractCommand smallDeal() {
        return new CreateContractCommand(
                ContractType.AGRICULTURAL_SUPPLY,
                List.of(Party.of(BUYER, PartyRole.BUYER, "Amina"), Party.of(SELLER, PartyRole.SELLER, "John")),
                ContractTerms.of(
                        "Beans",
                        Quantity.of(new BigDecimal("3"), "bags"),
                        Money.of("3000", CurrencyCode.KES),
                        null,
                        null,
                        null,
                        null,
                        null),
                "three bags of beans at 3000",
                Actor.operator("test-key"));
    }

    public static CreateContractCommand maizeDeal() {
        return new CreateContractCommand(
                ContractType.AGRICULTURAL_SUPPLY,
                List.of(Party.of(BUYER, PartyRole.BUYER, "Amina"), Party.of(SELLER, PartyRole.SELLER, "John")),
                ContractBuilder.maizeTerms(),
                "We agree 50 bags of maize at 3500 each",
                Actor.operator("test-key"));
    }
}
