package com.voicepact.adapter.out.persistence;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/** USSD on PostgreSQL, and buyer and seller confirming on USSD at the same instant (a barrier forces the race). */
class PostgresUssdTest extends UssdOnDatabaseTest {

    @Override
    ApplicationContext context() {
        return TestDatabases.postgres();
    }

    @RepeatedTest(3)
    void givenBuyerAndSellerOnTheConfirmScreen_whenBothChooseConfirmAtTheSameInstant_thenBothAreRecorded() {
        ContractId id = create.create(CreateContractCommands.maizeDeal()).id();
        for (PhoneNumber phone : List.of(BUYER, SELLER)) {
            hop("R-" + phone.e164(), phone, "");
            hop("R-" + phone.e164(), phone, "1");
            assertThat(hop("R-" + phone.e164(), phone, "1*1")).contains("1. Confirm");
        }
        racing.race(2);

        ExecutorService twoPhones = Executors.newFixedThreadPool(2);
        List<String> answers;
        try {
            CompletableFuture<String> buyer =
                    CompletableFuture.supplyAsync(() -> hop("R-" + BUYER.e164(), BUYER, "1*1*1"), twoPhones);
            CompletableFuture<String> seller =
                    CompletableFuture.supplyAsync(() -> hop("R-" + SELLER.e164(), SELLER, "1*1*1"), twoPhones);
            answers = List.of(
                    buyer.orTimeout(30, TimeUnit.SECONDS).join(),
                    seller.orTimeout(30, TimeUnit.SECONDS).join());
        } finally {
            twoPhones.shutdownNow();
        }

        assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo("END Contract " + id + " confirmed.\nThank you!"));
        assertThat(racing.staleSavesRefused()).as("the race really happened").hasValueGreaterThanOrEqualTo(1);
        Contract contract = context().getBean(Contracts.class).findById(id).orElseThrow();
        assertThat(contract.status()).isEqualTo(ContractStatus.CONFIRMED);
        assertThat(contract.agreement().hasConfirmed(BUYER)).isTrue();
        assertThat(contract.agreement().hasConfirmed(SELLER)).isTrue();
        assertThat(metrics.errors).hasValue(0);
    }
}
