package com.voicepact.application.escrow.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.CheckoutResult;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentReference;
import com.voicepact.domain.payment.PaymentStatus;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The provider accepted the STK push, but recording its answer lost every race (the payment kept changing under it).
 * The push is out and the payer may pay: the checkout must not answer as if it had failed (it answered 409, and the
 * client's retry without a key was then refused as paying more than is owed). It answers "no answer yet", as when the
 * provider's answer is lost on the way, and the payment is settled by its result.
 */
class CheckoutAnswerNotRecordedTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);

    /** The fakes' payments, except that saving a payment with the provider's id always loses a race. */
    private final Payments losingTheAnswer = (Payments) Proxy.newProxyInstance(
            Payments.class.getClassLoader(), new Class<?>[] {Payments.class}, (proxy, method, args) -> {
                if (method.getName().equals("save")
                        && ((EscrowPayment) args[0])
                                .lifecycle()
                                .providerTransactionId()
                                .isPresent()) {
                    throw new ConcurrentUpdateException("payment changed by someone else", null);
                }
                try {
                    return method.invoke(app.payments, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });

    private final EscrowCheckoutService checkout = new EscrowCheckoutService(
            app.escrowPorts.moves(),
            losingTheAnswer,
            app.clock,
            app.transactions,
            app.auditTrail,
            app.gateway,
            app.idempotencyKeys,
            new PaymentReference(InMemoryVoicePact.AUDIT_KEY),
            app.paymentSettings);

    private CheckoutResult pay(ContractId contract, String key) {
        return checkout.checkout(new CheckoutCommand(
                contract,
                BUYER,
                Money.of(new BigDecimal("9000"), CurrencyCode.KES),
                "escrow",
                null,
                key,
                Actor.operator("test-key")));
    }

    @Test
    void givenTheAcceptedAnswerCannotBeRecorded_whenCheckingOut_thenNoAnswerYetAndThePaymentStaysPending() {
        ContractId contract = scenario.confirmedContract();

        CheckoutResult result = pay(contract, "key-1");

        assertThat(result.description()).startsWith("no answer from the provider yet");
        assertThat(app.payments.findById(result.payment().id()).orElseThrow().status())
                .isEqualTo(PaymentStatus.PENDING);
        assertThat(app.gateway.checkouts()).hasSize(1);

        CheckoutResult again = pay(contract, "key-1"); // the client's retry with its key: the same payment, no new push
        assertThat(again.payment().id()).isEqualTo(result.payment().id());
        assertThat(app.gateway.checkouts()).hasSize(1);
        assertThat(app.payments.findByContract(contract)).hasSize(1);
    }
}
