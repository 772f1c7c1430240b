package com.voicepact.adapter.out.mpesa;

import com.voicepact.adapter.out.mpesa.DarajaClient.DarajaAck;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.common.Money;
import java.util.Optional;

/** The B2C account's balance for {@link DarajaPaymentGateway#balance}: Account Balance answers by callback only. */
final class DarajaBalance {

    private final DarajaClient client;
    private final DarajaMemory memory;

    DarajaBalance(DarajaClient client, DarajaMemory memory) {
        this.client = client;
        this.memory = memory;
    }

    /**
     * The B2C Utility Account's balance as the last Account Balance Result brought it before this call; Daraja is then asked
     * for a fresh one (its Result reaches the balance {@code ResultURL}, see {@link DarajaSettlements#accountBalanceResult}),
     * which the next call returns.
     *
     * @throws GatewayException when no Result has come yet (asked now: try again shortly)
     */
    Money balance() {
        Optional<Money> last = memory.balance();
        memory.asking();
        String conversation = null;
        try {
            DarajaAnswer<DarajaAck> asked = client.accountBalance(DarajaRequests.Account.PAYOUT, "VoicePact balance");
            conversation = asked instanceof DarajaAnswer.Accepted<DarajaAck> accepted
                    ? accepted.value().conversationId()
                    : null;
        } catch (GatewayException unreachable) {
            // the last known balance is still the best answer
        } finally {
            memory.asked(conversation);
        }
        return last.orElseThrow(() -> new GatewayException(
                "no M-Pesa balance known yet: asked Daraja, its answer comes by callback", false, null));
    }
}
