package com.voicepact.application.fakes;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;

import com.voicepact.application.port.in.CreateContractCommand;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.testdata.ContractBuilder;
import java.util.List;

/** Test data for contract creation commands. */
public final class CreateContractCommands {

    private CreateContractCommands() {
    }

    public static CreateContractCommand maizeDeal() {
        return new CreateContractCommand(ContractType.AGRICULTURAL_SUPPLY,
                List.of(Party.of(BUYER, PartyRole.BUYER, "Amina"), Party.of(SELLER, PartyRole.SELLER, "John")),
                ContractBuilder.maizeTerms(), "We agree 50 bags of maize at 3500 each", Actor.operator("test-key"));
    }
}
