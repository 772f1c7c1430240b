package com.voicepact.adapter.out.mpesa;

import static com.voicepact.application.escrow.port.shared.FailureReason.CONFIGURATION;
import static com.voicepact.application.escrow.port.shared.FailureReason.DUPLICATE;
import static com.voicepact.application.escrow.port.shared.FailureReason.INSUFFICIENT_FUNDS;
import static com.voicepact.application.escrow.port.shared.FailureReason.LIMIT_REACHED;
import static com.voicepact.application.escrow.port.shared.FailureReason.OTHER;
import static com.voicepact.application.escrow.port.shared.FailureReason.PAYER_CANCELLED;
import static com.voicepact.application.escrow.port.shared.FailureReason.PAYER_UNREACHABLE;
import static com.voicepact.application.escrow.port.shared.FailureReason.PROVIDER_BUSY;
import static com.voicepact.application.escrow.port.shared.FailureReason.RECIPIENT_INVALID;
import static com.voicepact.application.escrow.port.shared.FailureReason.WRONG_PIN;

import com.voicepact.application.escrow.port.shared.FailureReason;
import java.util.Map;

/**
 * Daraja's result and error codes as provider-neutral {@link FailureReason}s (source: {@code shared/reference/mpesa-daraja.md}).
 * The same number means different things in different APIs (2001 is the payer's wrong PIN in an STK push, our initiator's
 * wrong credentials in B2C), hence one table per family. A code not listed is {@code OTHER}, its description kept.
 */
public final class DarajaResultCodes {

    /** The success code of every result; it is no failure and in no table. */
    public static final String SUCCESS = "0";

    /** STK push results ({@code stkCallback.ResultCode}, STK query {@code ResultCode}). */
    static final Map<String, FailureReason> STK = Map.ofEntries(
            Map.entry("1", INSUFFICIENT_FUNDS),
            Map.entry("17", DUPLICATE), // same amount to the same payer within ~2 minutes: M-Pesa refused a repeat
            Map.entry("26", PROVIDER_BUSY), // system busy
            Map.entry("1001", PAYER_UNREACHABLE), // the payer's phone is busy in another session
            Map.entry("1019", PAYER_UNREACHABLE), // the prompt expired unanswered
            Map.entry("1025", PROVIDER_BUSY), // the push could not be sent
            Map.entry("9999", PROVIDER_BUSY), // the push could not be sent
            Map.entry("1032", PAYER_CANCELLED),
            Map.entry("1037", PAYER_UNREACHABLE), // phone off or no answer
            Map.entry("2001", WRONG_PIN));

    /** Results of initiator calls: B2C, Transaction Status, Reversal, Account Balance ({@code Result.ResultCode}). */
    static final Map<String, FailureReason> INITIATOR = Map.ofEntries(
            Map.entry("1", INSUFFICIENT_FUNDS), // our B2C utility account is too low
            Map.entry("2", LIMIT_REACHED), // below the minimum payout
            Map.entry("3", LIMIT_REACHED), // above the maximum payout
            Map.entry("4", LIMIT_REACHED), // the payee's daily limit
            Map.entry("8", LIMIT_REACHED), // the payee's balance cap
            Map.entry("11", RECIPIENT_INVALID), // account inactive
            Map.entry("2006", RECIPIENT_INVALID),
            Map.entry("21", CONFIGURATION), // the initiator lacks the role
            Map.entry("2001", CONFIGURATION), // initiator name, password or certificate wrong
            Map.entry("2040", RECIPIENT_INVALID), // payee not registered
            Map.entry("8006", CONFIGURATION), // initiator credential locked
            Map.entry("SFC_IC0003", RECIPIENT_INVALID)); // unknown number

    /** Gateway errors ({@code errorCode}), answered before Daraja processed anything. */
    static final Map<String, FailureReason> GATEWAY = Map.ofEntries(
            Map.entry("404.001.03", CONFIGURATION), // invalid access token (after one fresh token: our credentials)
            Map.entry("404.001.04", CONFIGURATION), // invalid authentication header
            Map.entry("400.008.01", CONFIGURATION), // invalid grant type / credentials
            Map.entry("400.008.02", CONFIGURATION),
            Map.entry("400.002.02", OTHER), // bad request: a field Daraja refused
            Map.entry("500.003.02", PROVIDER_BUSY), // spike arrest
            Map.entry("500.003.03", PROVIDER_BUSY), // quota exceeded
            Map.entry(
                    "500.002.1001",
                    DUPLICATE)); // OriginatorConversationID already used: the guard against paying twice

    private DarajaResultCodes() {}

    public static FailureReason ofStk(String resultCode) {
        return STK.getOrDefault(resultCode, OTHER);
    }

    public static FailureReason ofInitiatorCall(String resultCode) {
        return INITIATOR.getOrDefault(resultCode, OTHER);
    }

    public static FailureReason ofGatewayError(String errorCode) {
        return GATEWAY.getOrDefault(errorCode, OTHER);
    }

    /**
     * True when Daraja provably did not act on the request: the gateway families it answers before processing
     * (4xx, spike arrest, quota, duplicate). Any other 5xx error on a money-moving call may hide a processed request.
     */
    static boolean isDefiniteRefusal(String errorCode, int httpStatus) {
        return GATEWAY.containsKey(errorCode) || httpStatus / 100 == 4 || errorCode.startsWith("4");
    }
}
