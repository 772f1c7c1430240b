package com.voicepact.sandbox.mpesa;

import java.util.Map;

/**
 * Payer numbers whose STK outcome is decided by the number, as Africa's Talking's sandbox had; any other
 * valid number shows the prompt on the simulated phone and waits for {@link DarajaSandbox#answer}.
 *
 * <table>
 *   <tr><th>number</th><th>outcome</th></tr>
 *   <tr><td>254708374149</td><td>pays (Safaricom's published test payer): 0 with a receipt</td></tr>
 *   <tr><td>254700000001</td><td>wrong PIN: 2001</td></tr>
 *   <tr><td>254700000002</td><td>cancels: 1032</td></tr>
 *   <tr><td>254700000003</td><td>unreachable: 1037 after the prompt timeout</td></tr>
 *   <tr><td>254700000004</td><td>insufficient balance: 1</td></tr>
 * </table>
 */
public final class TestPayers {

    public static final String PAYS = "254708374149";
    public static final String WRONG_PIN = "254700000001";
    public static final String CANCELS = "254700000002";
    public static final String UNREACHABLE = "254700000003";
    public static final String INSUFFICIENT = "254700000004";

    private static final Map<String, Integer> OUTCOMES =
            Map.of(PAYS, 0, WRONG_PIN, 2001, CANCELS, 1032, UNREACHABLE, 1037, INSUFFICIENT, 1);

    private TestPayers() {}

    /** The result code the number decides, or null when the phone's owner decides. */
    static Integer outcome(String phone) {
        return OUTCOMES.get(phone);
    }
}
