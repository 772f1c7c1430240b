package com.voicepact.adapter.in.web.callback;

import java.util.List;

/**
 * How provider callbacks are authenticated: a secret token in the URL (when set), the source
 * addresses allowed (CIDRs), and the HMAC secret of the signature header (when set).
 */
public record CallbackSettings(String token, List<String> allowedCidrs, String signingSecret) {

    public CallbackSettings {
        allowedCidrs = List.copyOf(allowedCidrs);
        token = token == null || token.isBlank() ? null : token;
        signingSecret = signingSecret == null || signingSecret.isBlank() ? null : signingSecret;
    }
}
