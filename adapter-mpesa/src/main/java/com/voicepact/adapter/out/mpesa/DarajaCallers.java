package com.voicepact.adapter.out.mpesa;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/** The addresses Daraja's callbacks may come from ({@code MPESA_CALLBACK_IPS}): IP literals or CIDR ranges, never host names. */
final class DarajaCallers {

    private static final Pattern ADDRESS =
            Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F.]*:[0-9a-fA-F:.]*)(/\\d{1,3})?");

    private DarajaCallers() {}

    /** @throws IllegalArgumentException naming {@code MPESA_CALLBACK_IPS} when an entry is no address or range */
    static void requireEntries(List<String> allowlist) {
        for (String entry : allowlist) {
            if (!ADDRESS.matcher(entry).matches()) {
                throw new IllegalArgumentException(
                        "MPESA_CALLBACK_IPS: '" + entry + "' is not an address or CIDR range");
            }
        }
    }

    /**
     * Whether a callback from {@code address} (an IPv4 or IPv6 literal) is allowed: any address when the allowlist is empty,
     * else one equal to an entry or inside an entry's CIDR range. A malformed address is not allowed.
     */
    static boolean allows(List<String> allowlist, String address) {
        if (allowlist.isEmpty()) {
            return true;
        }
        byte[] caller = literal(address);
        return caller != null && allowlist.stream().anyMatch(entry -> inRange(caller, entry));
    }

    private static boolean inRange(byte[] caller, String entry) {
        String[] parts = entry.split("/", 2);
        byte[] network = literal(parts[0]);
        if (network == null || network.length != caller.length) {
            return false;
        }
        int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
        for (int i = 0; i < network.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((caller[i] & mask) != (network[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of an IP literal, never a name lookup (a host name is refused, not resolved). */
    private static byte[] literal(String address) {
        if (address == null || !ADDRESS.matcher(address.strip()).matches() || address.contains("/")) {
            return null;
        }
        try {
            return InetAddress.getByName(address.strip()).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
