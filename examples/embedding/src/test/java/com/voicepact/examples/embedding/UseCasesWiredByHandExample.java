package com.voicepact.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.audit.service.VerifyAuditLogService;
import com.voicepact.application.contract.ContractSettings;
import com.voicepact.application.contract.port.in.ConfirmContractUseCase;
import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.in.CreateContractCommand;
import com.voicepact.application.contract.port.in.CreateContractUseCase;
import com.voicepact.application.contract.service.ContractDecisionService;
import com.voicepact.application.contract.service.CreateContractService;
import com.voicepact.application.fakes.InMemoryAuditLog;
import com.voicepact.application.fakes.InMemoryContracts;
import com.voicepact.application.fakes.InMemoryLanguagePreferences;
import com.voicepact.application.fakes.InMemoryOutbox;
import com.voicepact.application.fakes.InMemoryTransactions;
import com.voicepact.application.fakes.MutableClock;
import com.voicepact.application.fakes.SequenceContractIds;
import com.voicepact.application.phone.Messenger;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.Quantity;
import com.voicepact.domain.messaging.Language;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/embedding.md, "2. Use cases in your own JVM application": the contract services built by hand on
 * ports. Here the ports are the application test-jar's in-memory ones; yours would be your database's.
 */
class UseCasesWiredByHandExample {

    @Test
    void createThenBothConfirm_thenConfirmedAndAudited() {
        // tag::wiring[]
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryContracts contracts = new InMemoryContracts(transactions);
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
        byte[] auditKey = "an-audit-key-of-32-bytes-or-more".getBytes(StandardCharsets.UTF_8);
        AuditChain chain = new AuditChain(auditKey);
        InMemoryAuditLog auditLog = new InMemoryAuditLog(transactions, chain);
        AuditTrail audit = new AuditTrail(auditLog, chain, clock);
        Messenger messenger =
                new Messenger(new InMemoryOutbox(transactions), new InMemoryLanguagePreferences(), clock, Language.EN);
        CreateContractUseCase create = new CreateContractService(
                contracts,
                new SequenceContractIds(),
                clock,
                transactions,
                audit,
                ContractSettings.defaults(),
                messenger);
        ConfirmContractUseCase confirm = new ContractDecisionService(contracts, clock, transactions, audit, messenger);
        // end::wiring[]

        // tag::create-and-confirm[]
        PhoneNumber buyer = PhoneNumber.parse("0712345678", "KE");
        PhoneNumber seller = PhoneNumber.parse("0722000111", "KE");
        Contract contract = create.create(new CreateContractCommand(
                ContractType.AGRICULTURAL_SUPPLY,
                List.of(Party.of(buyer, PartyRole.BUYER, "Amina"), Party.of(seller, PartyRole.SELLER, "John")),
                ContractTerms.of(
                        "Maize",
                        Quantity.of(new BigDecimal("50"), "bags"),
                        Money.of("3500", CurrencyCode.KES),
                        null,
                        "Nakuru",
                        null,
                        null,
                        null),
                "50 bags of maize at 3500 each",
                Actor.operator("my-app")));
        confirm.confirm(ContractDecisionCommand.fromParty(contract.id(), buyer, Channel.SMS));
        Contract confirmed = confirm.confirm(ContractDecisionCommand.fromParty(contract.id(), seller, Channel.SMS));
        // end::create-and-confirm[]

        assertThat(confirmed.status()).isEqualTo(ContractStatus.CONFIRMED);
        assertThat(contracts.findById(contract.id()))
                .hasValueSatisfying(saved -> assertThat(saved.status()).isEqualTo(ContractStatus.CONFIRMED));
        assertThat(new VerifyAuditLogService(auditLog, audit).verify().intact()).isTrue();
    }
}
