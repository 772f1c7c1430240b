package com.voicepact.adapter.in.web.callback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How provider callbacks are authenticated: a secret token in the URL (when set), the source
 * addresses allowed (CIDRs), and the HMAC secret of the signature header (when set).
 * {@code allowedCidrsByPath}: addresses allowed on the callback paths under a prefix instead of {@code allowedCidrs}
 * (a provider that publishes its own ranges, e.g. Safaricom's for {@code /api/v1/payments/callbacks}); the longest
 * matching prefix wins.
 */
public record CallbackSettings(
        String token, List<String> allowedCidrs, String signingSecret, Map<String, List<String>> allowedCidrsByPath) {

    public CallbackSettings {
        allowedCidrs = List.copyOf(allowedCidrs);
        token = token == null || token.isBlank() ? null : token;
        signingSecret = signingSecret == null || signingSecret.isBlank() ? null : signingSecret;
        Map<String, List<String>> byPath = new LinkedHashMap<>();
        (allowedCidrsByPath == null ? Map.<String, List<String>>of() : allowedCidrsByPath)
                .forEach((prefix, cidrs) -> byPath.put(prefix, List.copyOf(cidrs)));
        allowedCidrsByPath = Map.copyOf(byPath);
    }

    /**
     * Checks one entry of an address list ({@code ALLOWED_IPS}, {@code MPESA_CALLBACK_IPS}) as the guard will read it.
     *
     * @throws IllegalArgumentException in the operator's terms when it is no IP address or address block
     */
    public static void requireAddressBlock(String entry) {
        try {
            Cidr.parse(entry);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + entry.strip() + "' is not an IP address or address block (such as 196.201.212.0/22)", e);
        }
    }

    public CallbackSettings(String token, List<String> allowedCidrs, String signingSecret) {
        this(token, allowedCidrs, signingSecret, Map.of());
    }
}
