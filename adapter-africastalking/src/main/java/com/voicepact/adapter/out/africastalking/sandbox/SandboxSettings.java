package com.voicepact.adapter.out.africastalking.sandbox;

/**
 * The local AT sandbox: its port (0 = any free one), the API key it accepts, the USSD code it
 * dials, and where it posts callbacks (the app's URLs; null = do not post). With a signing secret
 * it signs callbacks as a signing proxy would ({@code X-VoicePact-Timestamp} + {@code X-Africastalking-Signature}).
 */
public record SandboxSettings(int port, String apiKey, String ussdCode, String shortCode, String paymentNotificationUrl,
                              String smsInboundUrl, String smsDeliveryReportUrl, String ussdUrl, String signingSecret,
                              boolean autoApprove, String voiceCallbackUrl) {

    public static SandboxSettings forTests(String apiKey) {
        return new SandboxSettings(0, apiKey, "*384*123#", "40404", null, null, null, null, null, false, null);
    }

    public SandboxSettings withCallbacks(String appBaseUrl) {
        return new SandboxSettings(port, apiKey, ussdCode, shortCode, appBaseUrl + "/api/v1/payments/webhook",
                appBaseUrl + "/api/v1/sms/webhook", appBaseUrl + "/api/v1/sms/delivery-report", appBaseUrl + "/api/v1/ussd/",
                signingSecret, autoApprove, appBaseUrl + "/api/v1/voice/webhook");
    }

    public SandboxSettings withSigningSecret(String secret) {
        return new SandboxSettings(port, apiKey, ussdCode, shortCode, paymentNotificationUrl, smsInboundUrl, smsDeliveryReportUrl,
                ussdUrl, secret, autoApprove, voiceCallbackUrl);
    }

    public SandboxSettings withPort(int newPort) {
        return new SandboxSettings(newPort, apiKey, ussdCode, shortCode, paymentNotificationUrl, smsInboundUrl, smsDeliveryReportUrl,
                ussdUrl, signingSecret, autoApprove, voiceCallbackUrl);
    }

    public SandboxSettings withAutoApprove(boolean enabled) {
        return new SandboxSettings(port, apiKey, ussdCode, shortCode, paymentNotificationUrl, smsInboundUrl, smsDeliveryReportUrl,
                ussdUrl, signingSecret, enabled, voiceCallbackUrl);
    }
}
