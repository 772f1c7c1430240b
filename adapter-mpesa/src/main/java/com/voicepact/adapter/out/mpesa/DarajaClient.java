package com.voicepact.adapter.out.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import com.voicepact.application.port.out.GatewayException;
import com.voicepact.application.port.shared.MovementOutcome;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The Daraja client VoicePact owns: STK push and query, B2C v3, Transaction Status, Reversal and Account Balance, each
 * request byte-faithful to {@code shared/reference/mpesa-daraja.md}. Every call carries a cached OAuth token; a token Daraja
 * calls invalid ({@code 404.001.03}) is replaced once and the call repeated (it was refused, so nothing moved).
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
    static final String INVALID_TOKEN = "404.001.03";
    static final String STILL_PROCESSING = "500.001.1001";
    public static final BigDecimal STK_MINIMUM = BigDecimal.ONE;
    public static final BigDecimal B2C_MINIMUM = BigDecimal.TEN;
    public static final BigDecimal MAXIMUM = new BigDecimal(250_000);

    /** An STK push: {@code accountReference} is our payment reference (at most 12 characters), {@code description} at most 13. */
    public record StkPush(PhoneNumber payer, Money amount, String accountReference, String description) {
        public StkPush {
            InvalidValueException.require(payer != null, "payer is required");
            wholeShillings(amount, STK_MINIMUM, "STK push amount");
            text(accountReference, 1, 12, "AccountReference");
            text(description, 1, 13, "TransactionDesc");
        }
    }

    /** Daraja took the push; the payer's answer comes by callback, keyed by {@code checkoutRequestId}. */
    public record StkPushAck(String merchantRequestId, String checkoutRequestId, String responseDescription, String customerMessage) { }

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
            return DarajaResultCodes.SUCCESS.equals(resultCode) ? new MovementOutcome.Succeeded(requested, null)
                    : new MovementOutcome.Failed(DarajaResultCodes.ofStk(resultCode), resultDesc);
        }
    }

    /** B2C's {@code CommandID}. */
    public enum B2cCommand {
        BUSINESS_PAYMENT("BusinessPayment"), SALARY_PAYMENT("SalaryPayment"), PROMOTION_PAYMENT("PromotionPayment");

        private final String wire;

        B2cCommand(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    /**
     * A B2C payout. {@code payoutId} is sent as {@code OriginatorConversationID}: Daraja refuses a repeat
     * ({@code 500.002.1001}), the second guard against paying twice. {@code remarks} 2 to 100 characters,
     * {@code occasion} optional (at most 100).
     */
    public record B2cPayment(String payoutId, PhoneNumber recipient, Money amount, B2cCommand command, String remarks, String occasion) {
        public B2cPayment {
            text(payoutId, 1, 64, "OriginatorConversationID");
            InvalidValueException.require(recipient != null, "recipient is required");
            wholeShillings(amount, B2C_MINIMUM, "B2C amount");
            InvalidValueException.require(command != null, "CommandID is required");
            text(remarks, 2, 100, "Remarks");
            occasion = optionalText(occasion, "Occassion");
        }
    }

    /** Daraja took an asynchronous request; its Result comes by callback, keyed by these ids. */
    public record DarajaAck(String conversationId, String originatorConversationId, String responseDescription) { }

    /** Which of our accounts a request concerns: the collecting shortcode or the B2C shortcode. */
    public enum Account { COLLECTION, PAYOUT }

    /** What a Transaction Status query looks for: a receipt ({@code TransactionID}) or our {@code OriginatorConversationID}. */
    public record TransactionLookup(String receipt, String originatorConversationId, Account account) {
        public TransactionLookup {
            InvalidValueException.require((receipt == null) != (originatorConversationId == null),
                    "a transaction is looked up by its receipt or by its OriginatorConversationID, exactly one");
            InvalidValueException.require(account != null, "account is required");
        }

        public static TransactionLookup byReceipt(String receipt, Account account) {
            return new TransactionLookup(text(receipt, 1, 64, "TransactionID"), null, account);
        }

        /** A payout of ours, by the id we sent as {@code OriginatorConversationID}. */
        public static TransactionLookup byPayoutId(String payoutId) {
            return new TransactionLookup(null, text(payoutId, 1, 64, "OriginatorConversationID"), Account.PAYOUT);
        }
    }

    /** A reversal of an STK collection, by its receipt, for the whole amount collected. */
    public record Reversal(String receipt, Money amount, String remarks, String occasion) {
        public Reversal {
            text(receipt, 1, 64, "TransactionID");
            wholeShillings(amount, STK_MINIMUM, "reversal amount");
            text(remarks, 2, 100, "Remarks");
            occasion = optionalText(occasion, "Occasion");
        }
    }

    private final DarajaConfig config;
    private final Clock clock;
    private final DarajaHttp http;
    private final DarajaTokens tokens;
    private final String securityCredential;

    /**
     * @throws IllegalArgumentException when the configured certificate cannot encrypt the initiator password
     */
    public DarajaClient(DarajaConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.http = new DarajaHttp(config);
        this.tokens = new DarajaTokens(http, config, clock);
        this.securityCredential = config.certificatePath() != null
                ? SecurityCredential.encrypt(config.certificatePath(), config.initiatorPassword()) : config.securityCredential();
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
        String timestamp = timestamp();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("BusinessShortCode", config.shortcode());
        body.put("Password", password(timestamp));
        body.put("Timestamp", timestamp);
        body.put("TransactionType", config.transactionType().wire());
        body.put("Amount", whole(push.amount()));
        body.put("PartyA", msisdn(push.payer()));
        body.put("PartyB", config.partyB());
        body.put("PhoneNumber", msisdn(push.payer()));
        body.put("CallBackURL", config.stkCallbackUrl());
        body.put("AccountReference", push.accountReference());
        body.put("TransactionDesc", push.description());
        return call("STK push", true, "/mpesa/stkpush/v1/processrequest", body, answer -> accepted(answer,
                new StkPushAck(required(answer, "MerchantRequestID"), required(answer, "CheckoutRequestID"),
                        answer.path("ResponseDescription").asText(""), answer.path("CustomerMessage").asText("")), true));
    }

    /** {@code POST /mpesa/stkpushquery/v1/query}: how the payer answered, or that they are still deciding. */
    public DarajaAnswer<StkQueryAnswer> stkQuery(String checkoutRequestId) {
        text(checkoutRequestId, 1, 100, "CheckoutRequestID");
        String timestamp = timestamp();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("BusinessShortCode", config.shortcode());
        body.put("Password", password(timestamp));
        body.put("Timestamp", timestamp);
        body.put("CheckoutRequestID", checkoutRequestId);
        DarajaAnswer<StkQueryAnswer> answer = call("STK query", false, "/mpesa/stkpushquery/v1/query", body,
                a -> new DarajaAnswer.Accepted<>(new StkQueryAnswer(checkoutRequestId, required(a, "ResultCode"),
                        a.path("ResultDesc").asText(""))));
        if (answer instanceof DarajaAnswer.Refused<StkQueryAnswer> refused && STILL_PROCESSING.equals(refused.code())) {
            return new DarajaAnswer.Accepted<>(new StkQueryAnswer(checkoutRequestId, null, refused.description()));
        }
        return answer;
    }

    /** {@code POST /mpesa/b2c/v3/paymentrequest}: pays {@code amount} from the B2C account; the Result comes by callback. */
    public DarajaAnswer<DarajaAck> b2cPayment(B2cPayment payment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("OriginatorConversationID", payment.payoutId());
        body.put("InitiatorName", config.initiatorName());
        body.put("SecurityCredential", credential());
        body.put("CommandID", payment.command().wire());
        body.put("Amount", whole(payment.amount()));
        body.put("PartyA", config.b2cShortcode());
        body.put("PartyB", msisdn(payment.recipient()));
        body.put("Remarks", payment.remarks());
        body.put("QueueTimeOutURL", config.b2cTimeoutUrl());
        body.put("ResultURL", config.b2cResultUrl());
        body.put("Occassion", payment.occasion());
        return call("B2C payment", true, "/mpesa/b2c/v3/paymentrequest", body, this::ack);
    }

    /** {@code POST /mpesa/transactionstatus/v1/query}: how a transaction ended; the Result comes by callback. */
    public DarajaAnswer<DarajaAck> transactionStatus(TransactionLookup lookup, String remarks) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Initiator", config.initiatorName());
        body.put("SecurityCredential", credential());
        body.put("CommandID", "TransactionStatusQuery");
        if (lookup.receipt() != null) {
            body.put("TransactionID", lookup.receipt());
        } else {
            body.put("OriginatorConversationID", lookup.originatorConversationId());
        }
        body.put("PartyA", shortcodeOf(lookup.account()));
        body.put("IdentifierType", 4);
        body.put("ResultURL", config.statusResultUrl());
        body.put("QueueTimeOutURL", config.statusTimeoutUrl());
        body.put("Remarks", text(remarks, 2, 100, "Remarks"));
        body.put("Occasion", "");
        return call("Transaction Status", false, "/mpesa/transactionstatus/v1/query", body, this::ack);
    }

    /** {@code POST /mpesa/reversal/v1/request}: returns an STK collection to its payer; the Result comes by callback. */
    public DarajaAnswer<DarajaAck> reversal(Reversal reversal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Initiator", config.initiatorName());
        body.put("SecurityCredential", credential());
        body.put("CommandID", "TransactionReversal");
        body.put("TransactionID", reversal.receipt());
        body.put("Amount", whole(reversal.amount()));
        body.put("ReceiverParty", config.shortcode());
        body.put("RecieverIdentifierType", "11");
        body.put("ResultURL", config.reversalResultUrl());
        body.put("QueueTimeOutURL", config.reversalTimeoutUrl());
        body.put("Remarks", reversal.remarks());
        body.put("Occasion", reversal.occasion());
        return call("reversal", true, "/mpesa/reversal/v1/request", body, this::ack);
    }

    /** {@code POST /mpesa/accountbalance/v1/query}: the account's balances; the Result comes by callback. */
    public DarajaAnswer<DarajaAck> accountBalance(Account account, String remarks) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Initiator", config.initiatorName());
        body.put("SecurityCredential", credential());
        body.put("CommandID", "AccountBalance");
        body.put("PartyA", shortcodeOf(account));
        body.put("IdentifierType", 4);
        body.put("Remarks", text(remarks, 2, 100, "Remarks"));
        body.put("QueueTimeOutURL", config.balanceTimeoutUrl());
        body.put("ResultURL", config.balanceResultUrl());
        return call("Account Balance", false, "/mpesa/accountbalance/v1/query", body, this::ack);
    }

    private <T> DarajaAnswer<T> call(String what, boolean movesMoney, String path, Map<String, Object> body,
                                     Function<JsonNode, DarajaAnswer<T>> read) {
        for (int attempt = 1; ; attempt++) {
            String token;
            try {
                token = tokens.token();
            } catch (DarajaGatewayError refused) {
                return refusal(refused);
            } catch (DarajaFailure failure) {
                throw new GatewayException("Daraja " + what + " not sent, no token: " + failure.getMessage(), false, failure);
            }
            try {
                return read.apply(http.postJson(path, "Bearer " + token, body));
            } catch (DarajaGatewayError error) {
                if (INVALID_TOKEN.equals(error.code()) && attempt == 1) {
                    tokens.invalidate(token);
                    continue;
                }
                if (movesMoney && !DarajaResultCodes.isDefiniteRefusal(error.code(), error.httpStatus())) {
                    throw new GatewayException("Daraja " + what + " may have been processed: " + error.getMessage(), true, error);
                }
                return refusal(error);
            } catch (DarajaFailure failure) {
                boolean mayHaveReached = failure.kind() != DarajaFailure.Kind.NOT_CONNECTED;
                throw new GatewayException("Daraja " + what + ": " + failure.getMessage(), movesMoney && mayHaveReached, failure);
            }
        }
    }

    private static <T> DarajaAnswer<T> refusal(DarajaGatewayError error) {
        return new DarajaAnswer.Refused<>(error.code(), error.description(), DarajaResultCodes.ofGatewayError(error.code()));
    }

    private DarajaAnswer<DarajaAck> ack(JsonNode answer) {
        return accepted(answer, new DarajaAck(required(answer, "ConversationID"), required(answer, "OriginatorConversationID"),
                answer.path("ResponseDescription").asText("")), false);
    }

    private static <T> DarajaAnswer<T> accepted(JsonNode answer, T value, boolean stk) {
        String code = answer.path("ResponseCode").asText("");
        if (DarajaResultCodes.SUCCESS.equals(code)) {
            return new DarajaAnswer.Accepted<>(value);
        }
        String description = answer.path("ResponseDescription").asText("");
        return new DarajaAnswer.Refused<>(code, description, stk ? DarajaResultCodes.ofStk(code) : DarajaResultCodes.ofInitiatorCall(code));
    }

    private static String required(JsonNode answer, String field) {
        JsonNode value = answer.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new DarajaFailure(DarajaFailure.Kind.BAD_ANSWER, "Daraja's answer has no " + field, null);
        }
        return value.asText();
    }

    private String timestamp() {
        return ZonedDateTime.ofInstant(clock.instant(), EAST_AFRICA).format(TIMESTAMP);
    }

    private String password(String timestamp) {
        return Base64.getEncoder().encodeToString((config.shortcode() + config.passkey() + timestamp).getBytes(StandardCharsets.UTF_8));
    }

    private String credential() {
        if (securityCredential == null) {
            throw new IllegalStateException("no SecurityCredential for the M-Pesa initiator: set MPESA_CERTIFICATE_PATH (or, in the sandbox, "
                    + "MPESA_SECURITY_CREDENTIAL)");
        }
        return securityCredential;
    }

    private String shortcodeOf(Account account) {
        return account == Account.PAYOUT ? config.b2cShortcode() : config.shortcode();
    }

    /** Daraja's MSISDN: the E.164 number without its {@code +}, a Kenyan one ({@code 2547XXXXXXXX}). */
    static String msisdn(PhoneNumber phone) {
        InvalidValueException.require(phone.e164().startsWith("+254"), "M-Pesa moves money only for Kenyan numbers (+254), got "
                + phone.masked());
        return phone.e164().substring(1);
    }

    private static long whole(Money amount) {
        return amount.amount().longValueExact();
    }

    private static void wholeShillings(Money amount, BigDecimal minimum, String what) {
        InvalidValueException.require(amount != null, what + " is required");
        InvalidValueException.require(amount.currency() == CurrencyCode.KES, what + " must be in KES, got " + amount.currency());
        InvalidValueException.require(amount.amount().stripTrailingZeros().scale() <= 0,
                what + " must be whole shillings (M-Pesa moves no cents), got " + amount.amount().toPlainString());
        InvalidValueException.require(amount.amount().compareTo(minimum) >= 0 && amount.amount().compareTo(MAXIMUM) <= 0,
                what + " must be between " + minimum + " and " + MAXIMUM.toPlainString() + " KES, got " + amount.amount().toPlainString());
    }

    private static String text(String value, int min, int max, String field) {
        InvalidValueException.require(value != null && value.strip().length() >= min && value.length() <= max,
                field + " must be " + min + " to " + max + " characters, got " + (value == null ? "none" : value.length()));
        return value;
    }

    private static String optionalText(String value, String field) {
        return value == null || value.isBlank() ? "" : text(value, 1, 100, field);
    }
}
