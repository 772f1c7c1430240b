package com.voicepact.adapter.out.mpesa;

import com.voicepact.adapter.out.mpesa.DarajaClient.StkQueryAnswer;
import com.voicepact.application.escrow.port.out.KnownMovement;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.ProviderMovement;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.common.Money;
import java.util.Optional;

/**
 * A collection looked up by its {@code CheckoutRequestID} with the STK query, answered at once. The query tells neither
 * amount nor receipt: the amount is what this process asked for, what the application {@link KnownMovement knows}, or what the
 * STK callback claimed; the receipt is the callback's.
 */
final class StkQueryLookup {

    /** The word in Daraja's refusal of an unknown or malformed {@code CheckoutRequestID}. */
    private static final String INVALID_CHECKOUT = "CheckoutRequestID";

    private final DarajaClient client;
    private final DarajaMemory memory;

    StkQueryLookup(DarajaClient client, DarajaMemory memory) {
        this.client = client;
        this.memory = memory;
    }

    /**
     * {@code Found} with the query's outcome, {@code Pending} while the payer decides or when a success's amount is
     * unknown; {@code NotFound} for an id Daraja calls invalid.
     *
     * @throws GatewayException when Daraja cannot be asked or refuses the query
     */
    Lookup lookup(String checkoutRequestId, KnownMovement known) {
        DarajaAnswer<StkQueryAnswer> answer = client.stkQuery(checkoutRequestId);
        if (answer instanceof DarajaAnswer.Refused<StkQueryAnswer> refused) {
            if (refused.description().contains(INVALID_CHECKOUT)) {
                return new Lookup.NotFound();
            }
            throw new GatewayException(
                    "Daraja refused the STK query: " + refused.code() + " " + refused.description(), false, null);
        }
        StkQueryAnswer query = ((DarajaAnswer.Accepted<StkQueryAnswer>) answer).value();
        Optional<DarajaCheckouts.Checkout> started = memory.checkouts().checkout(checkoutRequestId);
        // The amount: what this process asked for, else what the application stored, else (after a restart, a bare
        // lookup) what the STK callback claimed: the escrow then locks only the exact amount it asked for.
        Money amount = started.map(DarajaCheckouts.Checkout::amount)
                .or(() -> Optional.ofNullable(known.amount()))
                .or(() -> memory.checkouts().claimedAmount(checkoutRequestId))
                .orElse(null);
        String reference = started.map(DarajaCheckouts.Checkout::reference).orElse(known.ourReference());
        MovementOutcome outcome = amount != null
                ? query.outcome(amount)
                : DarajaResultCodes.SUCCESS.equals(query.resultCode())
                        ? new MovementOutcome.Pending()
                        : query.outcome(null);
        if (outcome instanceof MovementOutcome.Succeeded paid) {
            outcome = new MovementOutcome.Succeeded(
                    paid.amount(),
                    memory.checkouts().receiptOf(checkoutRequestId).orElse(null));
        }
        return new Lookup.Found(new ProviderMovement(
                MoneyMovement.COLLECTION,
                checkoutRequestId,
                reference,
                SameAmountRule.explained(outcome),
                amount,
                null,
                null));
    }
}
