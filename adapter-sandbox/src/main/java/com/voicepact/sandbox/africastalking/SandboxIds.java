package com.voicepact.sandbox.africastalking;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * The ids the sandbox hands out, in AT's shapes ({@code ATPid_}, {@code ATXid_}, {@code ATVId_} and a
 * 32-hex random part; see docs/africastalking.md). Random rather than counted: the sandbox keeps no
 * state, and a counter that starts again after a restart would hand out ids the app already stored.
 */
final class SandboxIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] RECEIPT_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();

    private SandboxIds() {}

    /** A payment transaction id: {@code ATPid_} + 32 hex. */
    static String payment() {
        return "ATPid_" + hex();
    }

    /** An SMS message id: {@code ATXid_} + 32 hex. */
    static String message() {
        return "ATXid_" + hex();
    }

    /** A voice call session id: {@code ATVId_} + 32 hex. */
    static String callSession() {
        return "ATVId_" + hex();
    }

    /** An M-Pesa-like receipt number ({@code providerRefId}): 10 upper-case letters and digits. */
    static String receipt() {
        char[] receipt = new char[10];
        for (int i = 0; i < receipt.length; i++) {
            receipt[i] = RECEIPT_CHARS[RANDOM.nextInt(RECEIPT_CHARS.length)];
        }
        return new String(receipt);
    }

    private static String hex() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
