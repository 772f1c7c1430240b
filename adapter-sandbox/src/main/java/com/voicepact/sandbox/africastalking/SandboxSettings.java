package com.voicepact.sandbox.africastalking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The local AT sandbox: its port (0 = any free one), the API key it accepts, the USSD code it
 * dials, and where it posts callbacks (the app's URLs; null = do not post). With a callback token the
 * callback URLs end in {@code /<token>}, as an operator registers them with AT when
 * {@code VOICEPACT_CALLBACK_TOKEN} is set. With a signing secret it signs callbacks as a signing proxy
 * would ({@code X-VoicePact-Timestamp} + {@code X-Africastalking-Signature}), the scheme the app's callback
 * guard checks when {@code WEBHOOK_SECRET} is set. The operator key's file (null when the service does not keep one)
 * is shown in the simulator's guided journey; the checkout timeout ends a checkout the phone leaves unanswered.
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
        String callbackToken,
        String operatorKeyFile,
        Duration checkoutTimeout) {

    /** How long an AT checkout the phone leaves unanswered ("Ignore") waits before it fails, unless set. */
    public static final Duration CHECKOUT_TIMEOUT = Duration.ofSeconds(60);

    public SandboxSettings {
        checkoutTimeout = checkoutTimeout == null ? CHECKOUT_TIMEOUT : checkoutTimeout;
        signingSecret = signingSecret == null || signingSecret.isBlank() ? null : signingSecret;
        callbackToken = callbackToken == null || callbackToken.isBlank() ? null : callbackToken;
    }

    public static SandboxSettings forTests(String apiKey) {
        return new SandboxSettings(
                0, apiKey, "*384*123#", "40404", null, null, null, null, null, false, null, null, null, null);
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
                callbackToken,
                operatorKeyFile,
                checkoutTimeout);
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
                callbackToken,
                operatorKeyFile,
                checkoutTimeout);
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
                token,
                operatorKeyFile,
                checkoutTimeout);
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
                callbackToken,
                operatorKeyFile,
                checkoutTimeout);
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
                callbackToken,
                operatorKeyFile,
                checkoutTimeout);
    }

    /** The file the service keeps its operator key in, for the guided journey's curl lines; null: not known. */
    public SandboxSettings withOperatorKeyFile(String file) {
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
                callbackToken,
                file,
                checkoutTimeout);
    }

    /** See {@link #CHECKOUT_TIMEOUT}. */
    public SandboxSettings withCheckoutTimeout(Duration timeout) {
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
                callbackToken,
                operatorKeyFile,
                timeout);
    }
}
