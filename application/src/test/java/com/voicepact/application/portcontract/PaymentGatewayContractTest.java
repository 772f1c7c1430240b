package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.escrow.port.out.ProviderMovement;
import com.voicepact.application.escrow.port.out.RefundRequest;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every payment gateway adapter must do, in the port's terms; subclassed once per provider (the
 * in-memory fake, AT on its sandbox, Daraja on its sandbox). What only a provider knows how to arrange
 * sits behind small hooks: how a payer approves or declines a collection, how a payout is made to fail,
 * and, for a provider that answers lookups by callback, how its answer is awaited ({@link #settled}).
 */
public abstract class PaymentGatewayContractTest {

    protected static final Money COLLECTED = Money.of("250", CurrencyCode.KES);
    private static final AtomicInteger REFERENCES = new AtomicInteger();

    /** The gateway under test, talking to a provider with an empty history for this test. */
    protected abstract PaymentGatewayPort gateway();

    /** A payer whose collection waits for the payer's answer (neither approved nor declined by itself). */
    protected abstract PhoneNumber waitingPayer();

    /** The payer enters the PIN: the provider completes the collection. */
    protected abstract void payerApproves(String providerReference);

    /** The payer cancels: the provider fails the collection. */
    protected abstract void payerDeclines(String providerReference);

    /** A payout of {@code payoutId} that this provider will refuse when asked (a wallet too small, an account empty). */
    protected abstract PayoutRequest payoutTheProviderRefuses(String payoutId);

    /**
     * The final answer of a lookup. A synchronous provider's answer is final already; an asynchronous one
     * (Daraja) overrides this to await the callback its {@link Lookup.Asked} promised and return what it brought.
     */
    protected Lookup settled(Lookup answer) {
        return answer;
    }

    /** An earlier instant than anything this test makes the provider record, for {@code movementsBetween}. */
    protected Instant testStarted() {
        return Instant.now().minus(Duration.ofHours(1));
    }

    private static String reference() {
        return String.format("C0FFEE%06X", REFERENCES.incrementAndGet() & 0xFFFFFF);
    }

    private String collect(String reference) {
        GatewayAnswer answer = gateway()
                .collect(new CollectionRequest(
                        waitingPayer(), COLLECTED, reference, Map.of("transaction_id", "TXN-" + reference)));
        assertThat(answer).as("the collection is accepted").isInstanceOf(GatewayAnswer.Accepted.class);
        return ((GatewayAnswer.Accepted) answer).providerReference();
    }

    private ProviderMovement found(Lookup lookup) {
        Lookup answer = settled(lookup);
        assertThat(answer).isInstanceOf(Lookup.Found.class);
        return ((Lookup.Found) answer).movement();
    }

    @Test
    void givenACollectionAwaitingThePayer_whenLookedUp_thenPendingByEitherReference() {
        String reference = reference();
        String providerReference = collect(reference);

        ProviderMovement byTheirs =
                found(gateway().findByProviderReference(MoneyMovement.COLLECTION, providerReference));
        assertThat(byTheirs.outcome()).isEqualTo(new MovementOutcome.Pending());
        assertThat(byTheirs.movement()).isEqualTo(MoneyMovement.COLLECTION);
        ProviderMovement byOurs = found(gateway().findByOurReference(MoneyMovement.COLLECTION, reference));
        assertThat(byOurs.providerReference()).isEqualTo(providerReference);
    }

    @Test
    void givenTheyPaid_whenLookedUp_thenSucceededWithTheAmountThatMovedAndTheWalletHoldsIt() {
        Money before = gateway().balance();
        String reference = reference();
        String providerReference = collect(reference);

        payerApproves(providerReference);

        ProviderMovement paid = found(gateway().findByProviderReference(MoneyMovement.COLLECTION, providerReference));
        assertThat(paid.outcome())
                .isInstanceOfSatisfying(
                        MovementOutcome.Succeeded.class,
                        s -> assertThat(s.amount()).isEqualTo(COLLECTED));
        assertThat(found(gateway().findByOurReference(MoneyMovement.COLLECTION, reference))
                        .succeeded())
                .isTrue();
        assertThat(gateway().balance()).isEqualTo(before.plus(COLLECTED));
    }

    @Test
    void givenThePayerDeclined_whenLookedUp_thenFailedWithAReason() {
        String providerReference = collect(reference());

        payerDeclines(providerReference);

        assertThat(found(gateway().findByProviderReference(MoneyMovement.COLLECTION, providerReference))
                        .outcome())
                .isInstanceOf(MovementOutcome.Failed.class);
    }

    @Test
    protected void givenReferencesTheProviderNeverReceived_whenLookedUp_thenNotFound() {
        assertThat(settled(gateway().findByProviderReference(MoneyMovement.COLLECTION, "NEVER-" + reference())))
                .isInstanceOf(Lookup.NotFound.class);
        assertThat(settled(gateway().findByOurReference(MoneyMovement.COLLECTION, reference())))
                .isInstanceOf(Lookup.NotFound.class);
        assertThat(settled(gateway().findByOurReference(MoneyMovement.PAYOUT, "NEVER-P1")))
                .isInstanceOf(Lookup.NotFound.class);
    }

    @Test
    void givenCollectedMoney_whenPaidOutAndRefunded_thenBothAcceptedAndFoundByOurPayoutIds() {
        String collection = collect(reference());
        payerApproves(collection);
        String tag = reference();
        GatewayAnswer payout = gateway()
                .payOut(new PayoutRequest(
                        tag + "-P1", new PhoneNumber("+254722000111"), Money.of("100", CurrencyCode.KES)));
        GatewayAnswer refund = gateway()
                .refund(new RefundRequest(tag + "-P2", collection, waitingPayer(), Money.of("50", CurrencyCode.KES)));

        assertThat(payout).isInstanceOf(GatewayAnswer.Accepted.class);
        assertThat(refund).isInstanceOf(GatewayAnswer.Accepted.class);
        assertThat(found(gateway().findByOurReference(MoneyMovement.PAYOUT, tag + "-P1"))
                        .providerReference())
                .isEqualTo(((GatewayAnswer.Accepted) payout).providerReference());
        assertThat(found(gateway().findByOurReference(MoneyMovement.REFUND, tag + "-P2"))
                        .ourReference())
                .isEqualTo(tag + "-P2");
    }

    @Test
    void givenAPayoutTheProviderRefuses_whenPaidOut_thenRefusedWithAReasonNotAnException() {
        GatewayAnswer answer = gateway().payOut(payoutTheProviderRefuses(reference() + "-P1"));

        assertThat(answer)
                .isInstanceOfSatisfying(
                        GatewayAnswer.Refused.class, r -> assertThat(r.reason()).isNotNull());
    }

    @Test
    protected void givenACollectionAndAPayout_whenListedForReconciliation_thenBothWithTypedMovements() {
        String collection = collect(reference());
        payerApproves(collection);
        String payoutId = reference() + "-P1";
        gateway()
                .payOut(new PayoutRequest(
                        payoutId, new PhoneNumber("+254722000111"), Money.of("100", CurrencyCode.KES)));

        var movements = gateway().movementsBetween(testStarted(), Instant.now().plus(Duration.ofHours(1)));

        assertThat(movements).anySatisfy(m -> {
            assertThat(m.providerReference()).isEqualTo(collection);
            assertThat(m.movement()).isEqualTo(MoneyMovement.COLLECTION);
            assertThat(m.succeeded()).isTrue();
        });
        assertThat(movements).anySatisfy(m -> {
            assertThat(m.ourReference()).isEqualTo(payoutId);
            assertThat(m.movement()).isIn(MoneyMovement.PAYOUT, MoneyMovement.REFUND);
        });
    }
}
