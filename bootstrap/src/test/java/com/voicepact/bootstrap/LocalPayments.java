package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The payment providers the embedded service runs on its local sandboxes, for bootstrap tests parameterised on them:
 * M-Pesa Daraja (the default, {@code PAYMENT_PROVIDER} unset) and Africa's Talking ({@code PAYMENT_PROVIDER=africastalking}).
 */
enum LocalPayments {
    MPESA(null, "+254708374149") {
        @Override
        void payerApproves(ApplicationContext service, String payerE164, String providerId)
                throws InterruptedException {
            new DarajaPhone(service.getBean(DarajaSandbox.class)).answer(payerE164.substring(1), providerId, "pin");
        }
    },
    AFRICASTALKING("africastalking", "+254711000000") {
        @Override
        void payerApproves(ApplicationContext service, String payerE164, String providerId) {
            assertThat(service.getBean(AtSandbox.class).approve(providerId))
                    .as("the phone types its PIN")
                    .isTrue();
        }
    };

    private final String word;
    private final String alwaysPays;

    LocalPayments(String word, String alwaysPays) {
        this.word = word;
        this.alwaysPays = alwaysPays;
    }

    /** {@code env} with {@code PAYMENT_PROVIDER} set for this provider (left unset for the default). */
    Map<String, String> environment(Map<String, String> env) {
        Map<String, String> copy = new HashMap<>(env);
        if (word != null) {
            copy.put("PAYMENT_PROVIDER", word);
        }
        return copy;
    }

    /** The sandbox's test payer whose every checkout is paid without a prompt, E.164. */
    String alwaysPays() {
        return alwaysPays;
    }

    /** The payer enters the PIN on the phone simulator for the checkout the provider knows as {@code providerId}. */
    abstract void payerApproves(ApplicationContext service, String payerE164, String providerId)
            throws InterruptedException;
}
