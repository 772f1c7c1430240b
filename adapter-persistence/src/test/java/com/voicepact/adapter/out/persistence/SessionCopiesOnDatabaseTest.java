package com.voicepact.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.adapter.out.persistence.PhoneChannelEntities.UssdSessionRepository;
import com.voicepact.application.phone.port.out.UssdSession;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.testdata.ContractBuilder;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each node keeps a copy of the USSD sessions it served ({@link UssdSessionCache}); the database stays the truth. Two
 * adapters on one database play two nodes. Subclassed per database.
 */
abstract class SessionCopiesOnDatabaseTest {

    private static final Instant T0 = ContractBuilder.T0;
    private JdbcPhoneChannels.Sessions nodeA;
    private JdbcPhoneChannels.Sessions nodeB;
    private TransactionPort transactions;

    abstract ApplicationContext context();

    @BeforeEach
    void twoNodesOnOneDatabase() {
        ApplicationContext context = context();
        TestDatabases.truncate(context);
        UssdSessionRepository rows = context.getBean(UssdSessionRepository.class);
        TransactionOperations<Connection> tx =
                context.getBean(Argument.of(TransactionOperations.class, Connection.class));
        nodeA = new JdbcPhoneChannels.Sessions(rows, tx);
        nodeB = new JdbcPhoneChannels.Sessions(rows, tx);
        transactions = context.getBean(TransactionPort.class);
    }

    private static UssdSession fresh(String id) {
        return new UssdSession(id, "+254712345678", "MAIN", "", "", T0, T0, 0, 0);
    }

    @Test
    void givenASessionAnotherNodeMovedOn_whenThisNodeWritesFromItsCopy_thenRefused_andItReadsTheStoredOneNext() {
        UssdSession first = nodeA.save(fresh("S1").after("MAIN", "", "CON Welcome", T0));
        UssdSession movedOn = nodeB.save(nodeB.find("S1").orElseThrow().after("LIST", "1", "CON Your Contracts", T0));

        assertThat(nodeA.find("S1")).contains(first); // its copy: a hop on it only answers a resend of its last text
        assertThatThrownBy(() -> nodeA.save(first.after("HELP", "4", "CON Help", T0)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(nodeA.find("S1")).contains(movedOn);
    }

    @Test
    void givenASessionWrittenInAUnitOfWorkThatIsUndone_whenFoundAgain_thenTheStoredOneNotTheUndoneWrite() {
        UssdSession stored = nodeA.save(fresh("S2").after("MAIN", "", "CON Welcome", T0));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
                    nodeA.save(stored.after("ENDED", "1*1*1", "END Confirmed", T0));
                    throw new IllegalStateException("the action's commit failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(nodeA.find("S2")).contains(stored); // a resend of "1*1*1" is not answered "Confirmed"
        assertThat(nodeA.save(stored.after("LIST", "1", "CON Your Contracts", T0))
                        .version())
                .isEqualTo(stored.version() + 1);
    }

    @Test
    void givenASessionWrittenInAUnitOfWorkThatCommits_whenFound_thenThisNodeAnswersFromItsCopy() {
        UssdSession stored = nodeA.save(fresh("S3").after("MAIN", "", "CON Welcome", T0));
        UssdSession confirmed =
                transactions.inTransaction(() -> nodeA.save(stored.after("ENDED", "1*1*1", "END Confirmed", T0)));
        nodeB.deleteUpdatedBefore(T0.plusSeconds(1)); // behind node A's back: only its copy is left

        assertThat(nodeA.find("S3")).contains(confirmed);
        assertThat(nodeB.find("S3")).isEmpty();
    }
}
