package com.voicepact.adapter.out.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import com.voicepact.adapter.out.mpesa.DarajaRequests.Account;
import com.voicepact.adapter.out.mpesa.DarajaRequests.B2cPayment;
import com.voicepact.adapter.out.mpesa.DarajaRequests.Reversal;
import com.voicepact.adapter.out.mpesa.DarajaRequests.StkPush;
import com.voicepact.adapter.out.mpesa.DarajaRequests.TransactionLookup;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.common.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The Daraja client VoicePact owns: STK push and query, B2C v3, Transaction Status, Reversal and Account Balance, each
 * request ({@link DarajaRequests}) byte-faithful to {@code shared/reference/mpesa-daraja.md} ({@link DarajaBodies}). Every call carries a cached OAuth token; a token Daraja
 * calls invalid ({@code 404.001.03}) is replaced once and the call repeated (it was refused, so nothing moved): see
 * {@link DarajaCalls}.
 *
 * <p>Safe with money: a call that moves money ({@link #stkPush}, {@link #b2cPayment}, {@link #reversal}) is never repeated
 * here. When it may have reached Daraja without an answer (timeout, connection reset, a 5xx that is not a known refusal) it
 * throws {@link GatewayException} with {@code ambiguous} set, to be settled by a query; when it provably did not (connection
 * refused, no token) it throws it with {@code ambiguous} unset. Daraja's refusals are {@link DarajaAnswer.Refused} answers
 * ({@code PROVIDER_BUSY} for spike arrest and quota: worth trying later).
 */
public final class DarajaClient {

    /** East Africa Time, the zone of every Daraja timestamp. */
    public static final ZoneId EAST_AFRICA = ZoneId.of("Africa/Nairobi");

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    static final String STILL_PROCESSING = "500.001.1001";
    public static final BigDecimal STK_MINIMUM = BigDecimal.ONE;
    public static final BigDecimal B2C_MINIMUM = BigDecimal.TEN;
    public static final BigDecimal MAXIMUM = new BigDecimal(250_000);

    /** Daraja took the push; the payer's answer comes by callback, keyed by {@code checkoutRequestId}. */
    public record StkPushAck(
            String merchantRequestId, String checkoutRequestId, String responseDescription, String customerMessage) {}

    /** An STK query's answer: {@code resultCode} null while the payer is still deciding. */
    public record StkQueryAnswer(String checkoutRequestId, String resultCode, String resultDesc) {

        /**
         * The push's outcome. A query does not tell the amount or receipt, so a success is {@code requested} without a
         * receipt; the callback's receipt (or Transaction Status) completes it. A query never overrides a recorded success
         * (the sandbox has answered "failed" for paid pushes): that is the caller's rule.
         */
        public MovementOutcome outcome(Money requested) {
            if (resultCode == null) {
                return new MovementOutcome.Pending();
            }
            return DarajaResultCodes.SUCCESS.equals(resultCode)
                    ? new MovementOutcome.Succeeded(requested, null)
                    : new MovementOutcome.Failed(DarajaResultCodes.ofStk(resultCode), resultDesc);
        }
    }

    /** Daraja took an asynchronous request; its Result comes by callback, keyed by these ids. */
    public record DarajaAck(String conversationId, String originatorConversationId, String responseDescription) {}

    private final Clock clock;
    private final DarajaHttp http;
    private final DarajaCalls calls;
    private final DarajaBodies bodies;

    /** @throws IllegalArgumentException when the configured certificate cannot encrypt the initiator password */
    public DarajaClient(DarajaConfig config, Clock clock) {
        this.clock = clock;
        this.http = new DarajaHttp(config);
        this.calls = new DarajaCalls(http, new DarajaTokens(http, config, clock));
        this.bodies = new DarajaBodies(config, clock);
    }

    /** Whether Daraja answered this client's calls lately: {@code /health}'s payment component. */
    public DarajaHealth health() {
        return http.health();
    }

    /** The clock this client stamps its requests with. */
    Clock clock() {
        return clock;
    }

    /** {@code POST /mpesa/stkpush/v1/processrequest}: asks the payer to approve {@code amount} on the phone. */
    public DarajaAnswer<StkPushAck> stkPush(StkPush push) {
        return calls.post(
                "STK push",
                true,
                "/mpesa/stkpush/v1/processrequest",
                bodies.stkPush(push),
                answer -> accepted(
                        answer,
                        new StkPushAck(
                                required(answer, "MerchantRequestID"),
                                required(answer, "CheckoutRequestID"),
                                answer.path("ResponseDescription").asText(""),
                                answer.path("CustomerMessage").asText("")),
                        true));
    }

    /** {@code POST /mpesa/stkpushquery/v1/query}: how the payer answered, or that they are still deciding. */
    public DarajaAnswer<StkQueryAnswer> stkQuery(String checkoutRequestId) {
        DarajaRequests.text(checkoutRequestId, 1, 100, "CheckoutRequestID");
        DarajaAnswer<StkQueryAnswer> answer = calls.post(
                "STK query",
                false,
                "/mpesa/stkpushquery/v1/query",
                bodies.stkQuery(checkoutRequestId),
                a -> new DarajaAnswer.Accepted<>(new StkQueryAnswer(
                        checkoutRequestId,
                        required(a, "ResultCode"),
                        a.path("ResultDesc").asText(""))));
        if (answer instanceof DarajaAnswer.Refused<StkQueryAnswer> refused && STILL_PROCESSING.equals(refused.code())) {
            return new DarajaAnswer.Accepted<>(new StkQueryAnswer(checkoutRequestId, null, refused.description()));
        }
        return answer;
    }

    /** {@code POST /mpesa/b2c/v3/paymentrequest}: pays {@code amount} from the B2C account; the Result comes by callback. */
    public DarajaAnswer<DarajaAck> b2cPayment(B2cPayment payment) {
        return calls.post("B2C payment", true, "/mpesa/b2c/v3/paymentrequest", bodies.b2cPayment(payment), this::ack);
    }

    /** {@code POST /mpesa/transactionstatus/v1/query}: how a transaction ended; the Result comes by callback. */
    public DarajaAnswer<DarajaAck> transactionStatus(TransactionLookup lookup, String remarks) {
        return calls.post(
                "Transaction Status",
                false,
                "/mpesa/transactionstatus/v1/query",
                bodies.transactionStatus(lookup, remarks),
                this::ack);
    }

    /** {@code POST /mpesa/reversal/v1/request}: returns an STK collection to its payer; the Result comes by callback. */
    public DarajaAnswer<DarajaAck> reversal(Reversal reversal) {
        return calls.post("reversal", true, "/mpesa/reversal/v1/request", bodies.reversal(reversal), this::ack);
    }

    /** {@code POST /mpesa/accountbalance/v1/query}: the account's balances; the Result comes by callback. */
    public DarajaAnswer<DarajaAck> accountBalance(Account account, String remarks) {
        return calls.post(
                "Account Balance",
                false,
                "/mpesa/accountbalance/v1/query",
                bodies.accountBalance(account, remarks),
                this::ack);
    }

    private DarajaAnswer<DarajaAck> ack(JsonNode answer) {
        return accepted(
                answer,
                new DarajaAck(
                        required(answer, "ConversationID"),
                        required(answer, "OriginatorConversationID"),
                        answer.path("ResponseDescription").asText("")),
                false);
    }

    private static <T> DarajaAnswer<T> accepted(JsonNode answer, T value, boolean stk) {
        String code = answer.path("ResponseCode").asText("");
        if (DarajaResultCodes.SUCCESS.equals(code)) {
            return new DarajaAnswer.Accepted<>(value);
        }
        String description = answer.path("ResponseDescription").asText("");
        return new DarajaAnswer.Refused<>(
                code, description, stk ? DarajaResultCodes.ofStk(code) : DarajaResultCodes.ofInitiatorCall(code));
    }

    private static String required(JsonNode answer, String field) {
        JsonNode value = answer.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new DarajaFailure(DarajaFailure.Kind.BAD_ANSWER, "Daraja's answer has no " + field, null);
        }
        return value.asText();
    }
}
