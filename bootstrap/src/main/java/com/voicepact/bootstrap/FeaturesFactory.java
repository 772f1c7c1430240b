package com.voicepact.bootstrap;

import com.voicepact.adapter.in.web.system.ProductFeatures;
import com.voicepact.adapter.out.africastalking.AtConfig;
import com.voicepact.adapter.out.mpesa.DarajaConfig;
import com.voicepact.adapter.out.mpesa.DarajaEnvironment;
import com.voicepact.adapter.out.transcription.TranscriptionConfig;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.phone.port.out.SmsGatewayPort;
import com.voicepact.application.voice.port.out.SpeechToTextPort;
import com.voicepact.application.voice.port.out.VoiceGatewayPort;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * What {@code /info} reports, read off the wiring: a feature is there when the gateways it needs are
 * installed (not the {@link NotConfigured} stand-ins) and configured. USSD sessions reach us only
 * through Africa's Talking or the local sandbox; voice needs calls, a number to call from and
 * speech to text. Payments go to M-Pesa ({@code mpesa}) or to Africa's Talking, as {@code PAYMENT_PROVIDER} says.
 */
@Factory
class FeaturesFactory {

    private static final String NOT_CONFIGURED = "not_configured";

    @Singleton
    ProductFeatures features(
            SmsGatewayPort sms,
            PaymentGatewayPort payments,
            VoiceGatewayPort voice,
            SpeechToTextPort speech,
            TranscriptionConfig transcription,
            @Nullable AtConfig at,
            @Nullable AtSandbox sandbox,
            @Nullable DarajaConfig daraja,
            @Nullable DarajaSandbox darajaSandbox) {
        boolean voiceNumber =
                at == null || (at.voiceNumber() != null && !at.voiceNumber().isBlank());
        boolean calls = !(voice instanceof NotConfigured) && voiceNumber;
        boolean speechToText = !(speech instanceof NotConfigured);
        return new ProductFeatures(
                at != null,
                !(sms instanceof NotConfigured),
                !(payments instanceof NotConfigured),
                calls && speechToText,
                Map.of(
                        "africastalking",
                        africasTalking(at, sandbox),
                        "mpesa",
                        mpesa(daraja, darajaSandbox),
                        "voice_number",
                        at != null && voiceNumber ? "configured" : NOT_CONFIGURED,
                        "speech_to_text",
                        !speechToText
                                ? NOT_CONFIGURED
                                : sandbox != null
                                                && transcription
                                                        .baseUrl()
                                                        .equals(sandbox.url().toString())
                                        ? "local_sandbox"
                                        : "configured"));
    }

    /** Where M-Pesa payments go: the in-process Daraja, Safaricom's sandbox, live Daraja, or nowhere (another provider). */
    private static String mpesa(DarajaConfig daraja, DarajaSandbox local) {
        if (local != null) {
            return "local_sandbox";
        }
        if (daraja == null) {
            return NOT_CONFIGURED;
        }
        return daraja.environment() == DarajaEnvironment.SANDBOX ? "mpesa_sandbox" : "mpesa";
    }

    private static String africasTalking(AtConfig at, AtSandbox sandbox) {
        if (sandbox != null) {
            return "local_sandbox";
        }
        if (at == null) {
            return NOT_CONFIGURED;
        }
        return at.isSandbox() ? "africastalking_sandbox" : "africastalking";
    }
}
