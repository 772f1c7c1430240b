package com.voicepact.adapter.out.mpesa;

import com.voicepact.adapter.out.mpesa.DarajaResults.DarajaResult;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Source;
import com.voicepact.application.escrow.port.out.PaymentCallbacksPort;
import java.util.List;
import java.util.Optional;

/**
 * Daraja's callbacks for the application, at the routes {@link DarajaCallbackUrls#ROUTES} (the paths under
 * {@code MPESA_CALLBACK_BASE_URL}); the bodies are mapped by {@link DarajaSettlements}. Wire facts:
 * {@code shared/reference/mpesa-daraja.md}.
 *
 * <table>
 *   <tr><th>route</th><th>reading</th></tr>
 *   <tr><td>{@code stk}, {@code b2c/result}</td><td>{@code Settle} with source {@code CALLBACK}: the application confirms it
 *       (STK query; Transaction Status) before money moves. A B2C Result under another {@code ConversationID} than the
 *       one Daraja acknowledged for that {@code OriginatorConversationID}: {@code Unsolicited}; one for a payout we never
 *       sent is flagged by the application (no payout has its {@code OriginatorConversationID}).</td></tr>
 *   <tr><td>{@code status/result}, {@code reversal/result}, {@code balance/result}</td><td>accepted only under the
 *       {@link #ANSWER_CORRELATION}: then {@code Settle} with source {@code QUERY} (Transaction Status) or
 *       {@code GATEWAY_ANSWER} (Reversal), or {@code Acknowledged} (balance, a movement still under way); otherwise
 *       {@code Unsolicited}, flagged, nothing learnt.</td></tr>
 *   <tr><td>{@code .../timeout}</td><td>{@code Acknowledged}: a queue-timeout notice never says whether money moved; one
 *       under a {@code ConversationID} never acknowledged to us is logged (warning) with its route and ids.</td></tr>
 * </table>
 * A body that is not the callback its route takes is {@code Unreadable}, with the mapper's reason.
 */
public final class DarajaPaymentCallbacks implements PaymentCallbacksPort {

    /**
     * The answer-correlation policy: a Transaction Status, Reversal or Account Balance Result is Daraja's answer to a
     * request of ours only when its {@code ConversationID} is one Daraja gave in its synchronous acknowledgement of that
     * request (recorded in {@link DarajaMemory}). That id reaches only us, over TLS, so a forger who did not see the
     * acknowledgement cannot quote it; a correlated Result is then trusted as a query's answer (no second confirmation,
     * which would be another asynchronous query). A Result may overtake the acknowledgement, so one that does not
     * correlate yet waits for the requests in flight, at most {@value #ANSWER_WAIT_MILLIS} ms. Lost on restart: a Result
     * to a query sent before it is flagged, and the stale-payout job asks again.
     */
    public static final String ANSWER_CORRELATION =
            "a Result is accepted only under a ConversationID Daraja acknowledged to us";

    static final long ANSWER_WAIT_MILLIS = 5_000;
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(DarajaPaymentCallbacks.class.getName());

    private final DarajaSettlements settlements;
    private final DarajaMemory memory;

    DarajaPaymentCallbacks(DarajaSettlements settlements, DarajaMemory memory) {
        this.settlements = settlements;
        this.memory = memory;
    }

    @Override
    public boolean reads(String route) {
        return DarajaCallbackUrls.ROUTES.contains(route);
    }

    @Override
    public Reading read(String route, String contentType, String body) {
        try {
            return switch (route) {
                case "stk" -> settle(settlements.stkCallback(body), "an STK callback that settles nothing yet");
                case "b2c/result" -> b2cResult(body);
                case "status/result" -> answer(body, "Transaction Status", () -> statusAnswer(body));
                case "reversal/result" ->
                    answer(
                            body,
                            "Reversal",
                            () -> settle(
                                    settlements.reversalResult(body).map(c -> as(c, Source.GATEWAY_ANSWER)),
                                    "a reversal that settles nothing"));
                case "balance/result" ->
                    answer(body, "Account Balance", () -> {
                        settlements.accountBalanceResult(body);
                        return new Reading.Acknowledged("balance");
                    });
                default -> queueTimeout(route, body);
            };
        } catch (IllegalArgumentException unreadable) {
            return new Reading.Unreadable(unreadable.getMessage());
        }
    }

    /**
     * A queue-timeout notice moves nothing, so it is only acknowledged; one under a {@code ConversationID} Daraja never
     * acknowledged to this process (forged, or for a request sent before a restart) is logged with its route and ids, so an
     * operator can see it. It waits for requests in flight like a Result ({@link #ANSWER_CORRELATION}).
     */
    private Reading queueTimeout(String route, String body) {
        settlements.queueTimeout(body);
        DarajaResults.QueueTimeoutNotice notice = DarajaCallbacks.parseQueueTimeout(body);
        if (!memory.acknowledged(notice.conversationId(), ANSWER_WAIT_MILLIS)) {
            LOG.warning(() -> "Daraja " + route + " notice for OriginatorConversationID "
                    + printable(notice.originatorConversationId())
                    + ", ConversationID " + printable(notice.conversationId())
                    + ": no request this process sent since it started was "
                    + "acknowledged under that ConversationID (forged, or sent before a restart); nothing done");
        }
        return new Reading.Acknowledged("queue timeout");
    }

    private static String printable(String id) {
        String shown = id == null ? "" : id.replaceAll("[^\\x20-\\x7E]", "?");
        return "'" + (shown.length() <= 100 ? shown : shown.substring(0, 100) + "...") + "'";
    }

    private Reading b2cResult(String body) {
        DarajaResult result = DarajaCallbacks.parseB2cResult(body).result();
        Optional<String> acknowledgedAs = memory.conversationOfPayout(result.originatorConversationId());
        if (acknowledgedAs.isPresent() && !acknowledgedAs.get().equals(result.conversationId())) {
            return new Reading.Unsolicited(
                    reference(result),
                    result.succeeded(),
                    "a B2C Result for " + result.originatorConversationId()
                            + " under ConversationID " + result.conversationId()
                            + ", but Daraja acknowledged that payout as "
                            + acknowledgedAs.get(),
                    body);
        }
        Optional<SettleMovementCommand> claim = settlements.b2cResult(body);
        claim.ifPresent(memory.statusAnswers()::claimAwaitingAnswer);
        return settle(claim, "a B2C Result that settles nothing yet");
    }

    /**
     * A correlated Transaction Status Result: the answer settles the leg (source {@code QUERY}). The B2C Result that made
     * the application ask ({@link DarajaMemory#claimAwaitingAnswer}) is handed back with it when the two disagree, after
     * the answer: the application looks the leg up again, finds this answer ({@link DarajaPaymentGateway}) and flags the
     * claim it contradicts (a forged success for a payout M-Pesa declined). When both say failed, the leg fails with the
     * B2C Result's reason (result 1: the utility account is too low), which Transaction Status does not give: it only
     * says {@code Failed}.
     */
    private Reading statusAnswer(String body) {
        Optional<SettleMovementCommand> answer =
                settlements.transactionStatusResult(body).map(c -> as(c, Source.QUERY));
        if (answer.isEmpty()) {
            return new Reading.Acknowledged("a movement still under way");
        }
        SettleMovementCommand said = answer.get();
        Optional<SettleMovementCommand> claim = memory.statusAnswers().takeClaim(said.providerReference());
        if (claim.isEmpty()) {
            return new Reading.Settle(List.of(said));
        }
        if (claim.get().succeeded() != said.succeeded()) {
            return new Reading.Settle(List.of(said, claim.get()));
        }
        return new Reading.Settle(List.of(said.succeeded() ? said : as(claim.get(), Source.QUERY)));
    }

    private Reading answer(String body, String what, java.util.function.Supplier<Reading> correlated) {
        DarajaResult result = DarajaCallbacks.parseResult(body);
        if (!memory.acknowledged(result.conversationId(), ANSWER_WAIT_MILLIS)) {
            return new Reading.Unsolicited(
                    reference(result),
                    result.succeeded(),
                    "a " + what + " Result under ConversationID " + result.conversationId()
                            + " answers no request of ours (" + ANSWER_CORRELATION + ")",
                    body);
        }
        return correlated.get();
    }

    private static Reading settle(Optional<SettleMovementCommand> command, String nothing) {
        return command.<Reading>map(c -> new Reading.Settle(List.of(c)))
                .orElseGet(() -> new Reading.Acknowledged(nothing));
    }

    private static SettleMovementCommand as(SettleMovementCommand c, Source source) {
        return new SettleMovementCommand(
                c.movement(), c.providerReference(), c.ourReference(), c.report(), c.written(), source, c.evidence());
    }

    private static String reference(DarajaResult result) {
        String id = result.parameter("ConversationID").filter(s -> !s.isBlank()).orElse(result.conversationId());
        id = id == null || id.isBlank() ? result.originatorConversationId() : id;
        return id.length() <= 100 ? id : id.substring(0, 100);
    }
}
