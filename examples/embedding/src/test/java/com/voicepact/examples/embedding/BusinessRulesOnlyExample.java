package com.voicepact.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.IllegalTransitionException;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.Quantity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/embedding.md, "1. Business rules only": the aggregate on its own, no port, no framework. */
class BusinessRulesOnlyExample {

    @Test
    void bothPartiesConfirm_thenTheContractIsConfirmed_andASecondYesIsRefused() {
        // tag::rules[]
        PhoneNumber buyer = PhoneNumber.parse("0712345678", "KE");
        PhoneNumber seller = PhoneNumber.parse("0722000111", "KE");
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        Contract contract = Contract.create(
                ContractId.of(2026, 1),
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
                "50 bags of maize at 3500 each, delivered to Nakuru",
                now,
                Duration.ofHours(24));
        contract.confirmBy(buyer, Channel.SMS, now.plusSeconds(60));
        contract.confirmBy(seller, Channel.USSD, now.plusSeconds(120));
        // end::rules[]

        assertThat(contract.status()).isEqualTo(ContractStatus.CONFIRMED);
        assertThat(contract.agreement().terms().total()).isEqualTo(Money.of("175000", CurrencyCode.KES));
        assertThatThrownBy(() -> contract.confirmBy(buyer, Channel.SMS, now.plusSeconds(180)))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
