package com.voicepact.sandbox.africastalking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The local AT sandbox: its port (0 = any free one), the API key it accepts, the USSD code it
 * dials, and where it posts callbacks (the app's URLs; null = do not post). With a callback token the
 * callback URLs end in {@code /<token>}, as an operator registers them with AT when
 * {@code VOICEPACT_CALLBACK_TOKEN} is set. With a signing secret it signs callbacks as a signing proxy
 * would ({@code X-VoicePact-Timestamp} + {@code X-Africastalking-Signature}), the scheme the app's callback
 * guard checks when {@code WEBHOOK_SECRET} is set.
 */
public record SandboxSettings(
        int port,
        String apiKey,
        String ussdCode,
        String shortCode,
        String paymentNotificationUrl,
        String smsInboundUrl,
        String smsDeliveryReportUrl,
        String ussdUrl,
        String signingSecret,
        boolean autoApprove,
        String voiceCallbackUrl,
        String callbackToken) {

    public SandboxSettings {
        signingSecret = signingSecret == null || signingSecret.isBlank() ? null : signingSecret;
        callbackToken = callbackToken == null || callbackToken.isBlank() ? null : callbackToken;
    }

    public static SandboxSettings forTests(String apiKey) {
        return new SandboxSettings(0, apiKey, "*384*123#", "40404", null, null, null, null, null, false, null, null);
    }

    /** Every callback URL of the app at {@code appBaseUrl}, each ending in the callback token when one is set. */
    public SandboxSettings withCallbacks(String appBaseUrl) {
        String token = callbackToken == null ? "" : "/" + URLEncoder.encode(callbackToken, StandardCharsets.UTF_8);
        return new SandboxSettings(
                port,
                apiKey,
                ussdCode,
                shortCode,
                appBaseUrl + "/api/v1/payments/webhook" + token,
                appBaseUrl + "/api/v1/sms/webhook" + token,
                appBaseUrl + "/api/v1/sms/delivery-report" + token,
                appBaseUrl + "/api/v1/ussd" + (token.isEmpty() ? "/" : token),
                signingSecret,
                autoApprove,
                appBaseUrl + "/api/v1/voice/webhook" + token,
                callbackToken);
    }

    public SandboxSettings withSigningSecret(String secret) {
        return new SandboxSettings(
                port,
                apiKey,
                ussdCode,
                shortCode,
                paymentNotificationUrl,
                smsInboundUrl,
                smsDeliveryReportUrl,
                ussdUrl,
                secret,
                autoApprove,
                voiceCallbackUrl,
                callbackToken);
    }

    /** The token the callback URLs carry; set it before {@link #withCallbacks(String)}. */
    public SandboxSettings withCallbackToken(String token) {
        return new SandboxSettings(
                port,
                apiKey,
                ussdCode,
                shortCode,
                paymentNotificationUrl,
                smsInboundUrl,
                smsDeliveryReportUrl,
                ussdUrl,
                signingSecret,
                autoApprove,
                voiceCallbackUrl,
                token);
    }

    public SandboxSettings withPort(int newPort) {
        return new SandboxSettings(
                newPort,
                apiKey,
                ussdCode,
                shortCode,
                paymentNotificationUrl,
                smsInboundUrl,
                smsDeliveryReportUrl,
                ussdUrl,
                signingSecret,
                autoApprove,
                voiceCallbackUrl,
                callbackToken);
    }

    public SandboxSettings withAutoApprove(boolean enabled) {
        return new SandboxSettings(
                port,
                apiKey,
                ussdCode,
                shortCode,
                paymentNotificationUrl,
                smsInboundUrl,
                smsDeliveryReportUrl,
                ussdUrl,
                signingSecret,
                enabled,
                voiceCallbackUrl,
                callbackToken);
    }
}
