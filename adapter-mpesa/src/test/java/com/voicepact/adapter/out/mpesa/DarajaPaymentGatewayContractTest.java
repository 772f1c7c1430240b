package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.MovementsNotListedException;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.portcontract.PaymentGatewayContractTest;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandboxSettings;
import com.voicepact.sandbox.mpesa.PromptAnswer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The payment gateway contract on the Daraja adapter, over HTTP against the local Daraja sandbox. The sandbox's phone
 * simulator approves (PIN) or declines (cancel); its callbacks reach a local receiver that feeds the adapter's
 * {@link DarajaSettlements}, as the web controller does; {@link #settled} awaits the Transaction Status Result an
 * {@code Asked} lookup promised. Two answers differ from a synchronous provider's, each overridden below with its reason.
 */
class DarajaPaymentGatewayContractTest extends PaymentGatewayContractTest {

    static final String SECURITY_CREDENTIAL = "c2VjcmV0LWNyZWRlbnRpYWw=";
    private DarajaSandbox sandbox;
    private SettlingReceiver app;
    private DarajaPaymentGateway gateway;

    static DarajaConfig sandboxConfig(DarajaSandbox sandbox, SettlingReceiver app) {
        return new DarajaConfig(
                DarajaEnvironment.SANDBOX,
                sandbox.url().toString(),
                "consumer-key",
                "consumer-secret",
                DarajaSandboxSettings.SANDBOX_SHORTCODE,
                DarajaSandboxSettings.SANDBOX_PASSKEY,
                StkTransactionType.PAYBILL,
                null,
                DarajaSandboxSettings.SANDBOX_B2C_SHORTCODE,
                "testapi",
                "Initiator#Pass1",
                null,
                SECURITY_CREDENTIAL,
                app.base(),
                List.of(),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5));
    }

    @BeforeEach
    void start() {
        sandbox = DarajaSandbox.start(DarajaSandboxSettings.of("consumer-key", "consumer-secret"));
        app = new SettlingReceiver();
        gateway = new DarajaPaymentGateway(new DarajaClient(sandboxConfig(sandbox, app), Clock.systemUTC()));
        app.feeding(gateway.settlements());
        freshBalance();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        app.close();
    }

    /** Asks for the balance and waits until its Result came back (Account Balance answers by callback). */
    private void freshBalance() {
        int before = app.at("/balance/result").size();
        try {
            gateway.balance();
        } catch (GatewayException notYetKnown) {
            // the first ask: its Result is on its way
        }
        app.await("/balance/result", r -> app.at("/balance/result").indexOf(r) >= before);
    }

    @Override
    protected PaymentGatewayPort gateway() {
        return gateway;
    }

    /** Any number but the sandbox's test payers waits for the simulator's PIN screen. */
    @Override
    protected PhoneNumber waitingPayer() {
        return new PhoneNumber("+254712345678");
    }

    /**
     * The payer enters the PIN; then the STK callback (with the receipt a Reversal needs) and a fresh balance, which
     * Daraja only tells by callback, are awaited: the asynchronous provider's equivalent of "the wallet holds it".
     */
    @Override
    protected void payerApproves(String providerReference) {
        assertThat(sandbox.answer(providerReference, PromptAnswer.PIN)).isTrue();
        app.await("/stk", r -> r.raw().contains(providerReference));
        freshBalance();
    }

    @Override
    protected void payerDeclines(String providerReference) {
        assertThat(sandbox.answer(providerReference, PromptAnswer.CANCEL)).isTrue();
    }

    /**
     * A payee M-Pesa cannot pay: a number outside Kenya, refused before anything is sent. (Not a repeated payout id: Daraja's
     * duplicate refusal means it has that payout already, which may have paid; the adapter reads it as ambiguous, to be looked
     * up, never as a refusal: see {@code DarajaGatewayFaultsTest}.) The sandbox has no synchronous B2C refusal of valid input:
     * what M-Pesa declines comes as the payout's Result.
     */
    @Override
    protected PayoutRequest payoutTheProviderRefuses(String payoutId) {
        return new PayoutRequest(payoutId, new PhoneNumber("+255712345678"), Money.of("100", CurrencyCode.KES));
    }

    /** A Transaction Status lookup is answered by its Result at the status ResultURL: the one whose ConversationID the ack gave. */
    @Override
    protected Lookup settled(Lookup answer) {
        if (answer instanceof Lookup.Asked asked) {
            return gateway.settlements()
                    .lookupOf(app.await(
                                    "/status/result",
                                    r -> asked.queryReference()
                                            .equals(r.body()
                                                    .path("Result")
                                                    .path("ConversationID")
                                                    .asText()))
                            .raw());
        }
        return answer;
    }

    /**
     * Daraja cannot search a checkout by our reference (AccountReference is echoed by neither the STK query nor the
     * callback), so an unknown one is an exception, never NotFound: NotFound would expire a checkout the payer may have paid.
     */
    @Override
    @Test
    protected void givenReferencesTheProviderNeverReceived_whenLookedUp_thenNotFound() {
        assertThat(settled(gateway.findByProviderReference(MoneyMovement.COLLECTION, "ws_CO_NEVER")))
                .isInstanceOf(Lookup.NotFound.class);
        assertThatThrownBy(() -> gateway.findByOurReference(MoneyMovement.COLLECTION, "C0FFEE999999"))
                .isInstanceOf(GatewayException.class)
                .hasMessageContaining("AccountReference");
        assertThat(settled(gateway.findByOurReference(MoneyMovement.PAYOUT, "NEVER-P1")))
                .isInstanceOf(Lookup.NotFound.class);
    }

    /** Daraja has no API listing our movements: reconciliation is told so (not an outage to retry), not given an empty list. */
    @Override
    @Test
    protected void givenACollectionAndAPayout_whenListedForReconciliation_thenBothWithTypedMovements() {
        assertThatThrownBy(() -> gateway.movementsBetween(Instant.now().minusSeconds(3600), Instant.now()))
                .isInstanceOf(MovementsNotListedException.class)
                .hasMessageContaining("M-Pesa statement");
    }
}
