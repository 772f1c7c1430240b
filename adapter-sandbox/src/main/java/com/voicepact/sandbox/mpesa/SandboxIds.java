package com.voicepact.sandbox.mpesa;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The ids the local Daraja hands out, in Daraja's shapes, with enough randomness that a restarted sandbox
 * never repeats an id the app already stored (the sandbox keeps no state, so a counter would start again).
 * Shapes: {@code MerchantRequestID} {@code 29115-34620561-1}; {@code CheckoutRequestID}
 * {@code ws_CO_} + ddMMyyyyHHmmssSSS (EAT) + 10 random digits; {@code ConversationID} {@code AG_} + yyyyMMdd
 * + {@code _} + 20 hex; receipts ({@code MpesaReceiptNumber}, {@code TransactionID}) 10 upper-case letters and
 * digits; a gateway {@code requestId} {@code 11728-2929992-1}; access tokens 28 letters and digits.
 */
final class SandboxIds {

    static final ZoneOffset EAT = ZoneOffset.ofHours(3);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER_AND_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String LETTERS_AND_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final DateTimeFormatter CHECKOUT_TIME = DateTimeFormatter.ofPattern("ddMMyyyyHHmmssSSS");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private SandboxIds() {}

    static String merchantRequest() {
        return digits(5) + "-" + digits(8) + "-1";
    }

    static String checkoutRequest(Instant now) {
        return "ws_CO_" + CHECKOUT_TIME.format(now.atOffset(EAT)) + digits(10);
    }

    static String conversation(Instant now) {
        return "AG_" + DAY.format(now.atOffset(EAT)) + "_" + hex(20);
    }

    /** Daraja's own OriginatorConversationID for the calls where it makes one (status, reversal, balance). */
    static String originatorConversation() {
        return digits(5) + "-" + digits(8) + "-1";
    }

    static String receipt() {
        return pick(UPPER_AND_DIGITS, 10);
    }

    static String requestId() {
        return digits(5) + "-" + digits(8) + "-1";
    }

    static String accessToken() {
        return pick(LETTERS_AND_DIGITS, 28);
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        digits.append((char) ('1' + RANDOM.nextInt(9)));
        for (int i = 1; i < count; i++) {
            digits.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return digits.toString();
    }

    private static String hex(int count) {
        StringBuilder hex = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            hex.append(Character.forDigit(RANDOM.nextInt(16), 16));
        }
        return hex.toString();
    }

    private static String pick(String alphabet, int count) {
        char[] chars = new char[count];
        for (int i = 0; i < count; i++) {
            chars[i] = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
        }
        return new String(chars);
    }
}
