package com.voicepact.adapter.out.persistence;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.port.out.IdempotencyKeys;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.fakes.EscrowModel;
import com.voicepact.application.fakes.EscrowModel.Kind;
import com.voicepact.application.fakes.EscrowModel.Step;
import com.voicepact.application.fakes.EscrowPorts;
import com.voicepact.application.fakes.InMemoryPaymentGateway;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.MutableClock;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.testdata.ContractBuilder;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The escrow model of the application's {@code EscrowModelTest}, on a real PostgreSQL and on H2:
 * fewer and shorter histories (each step is several real transactions), the same invariants after
 * every step and once the world is quiet.
 */
class DatabaseEscrowModelTest {

    @Property(tries = 50)
    void givenAnyOrderOfEvents_onPostgres_thenNeverMoreOutThanInAndEverySurplusGoesBack(
            @ForAll("histories") List<Step> history) {
        replay(TestDatabases.postgres(), history);
    }

    @Property(tries = 25)
    void givenAnyOrderOfEvents_onH2_thenTheSame(@ForAll("histories") List<Step> history) {
        replay(TestDatabases.h2(), history);
    }

    /** The issue's order: checkout A fails, B is paid, then A's late success; then delivery and acceptance. */
    @Example
    void givenTheIssuesOverfunding_onPostgres_thenTheSellerGetsTheTotalOnceAndTheSurplusGoesBack() {
        EscrowModel model = replay(
                TestDatabases.postgres(),
                List.of(
                        new Step(Kind.CHECKOUT_OWED, 0),
                        new Step(Kind.PAYER_DECLINES, 0),
                        new Step(Kind.CHECKOUT_OWED, 0),
                        new Step(Kind.PAYER_APPROVES, 0),
                        new Step(Kind.PAYER_APPROVES, 1),
                        new Step(Kind.DELIVERED, 0),
                        new Step(Kind.ACCEPTED, 0),
                        new Step(Kind.DISPATCH, 0)));
        org.assertj.core.api.Assertions.assertThat(model.contractStatus())
                .isEqualTo(com.voicepact.domain.contract.ContractStatus.COMPLETED);
        org.assertj.core.api.Assertions.assertThat(model.surplusRefunded()).isTrue();
    }

    private static EscrowModel replay(ApplicationContext context, List<Step> history) {
        TestDatabases.truncate(context);
        MutableClock clock = new MutableClock(ContractBuilder.T0);
        TransactionPort tx = context.getBean(TransactionPort.class);
        AuditTrail trail =
                new AuditTrail(context.getBean(AuditLog.class), new AuditChain(InMemoryVoicePact.AUDIT_KEY), clock);
        Messenger messenger = new Messenger(
                context.getBean(OutboxMessages.class), context.getBean(LanguagePreferences.class), clock, Language.EN);
        EscrowPorts ports = new EscrowPorts(
                context.getBean(Contracts.class),
                context.getBean(Payments.class),
                context.getBean(LedgerPostings.class),
                context.getBean(OutboxMessages.class),
                clock,
                tx,
                trail,
                messenger);
        EscrowModel model = new EscrowModel(
                ports,
                clock,
                new InMemoryPaymentGateway(clock),
                context.getBean(ProviderEvents.class),
                context.getBean(IdempotencyKeys.class),
                context.getBean(ContractIdPort.class),
                context.getBean(SmsLog.class));
        return model.play(history);
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        return EscrowModel.histories(20);
    }
}
