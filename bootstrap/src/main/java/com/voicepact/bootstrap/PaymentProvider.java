package com.voicepact.bootstrap;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Who moves the money ({@code PAYMENT_PROVIDER}): M-Pesa Daraja, the default, or Africa's Talking payments. */
enum PaymentProvider {
    MPESA("mpesa", "M-Pesa"),
    AFRICASTALKING("africastalking", "Africa's Talking");

    /** The Micronaut property the provider's beans require. */
    static final String PROPERTY = "voicepact.payment.provider";

    private final String word;
    private final String displayName;

    PaymentProvider(String word, String displayName) {
        this.word = word;
        this.displayName = displayName;
    }

    /** As an operator reads it in a refusal: "M-Pesa". */
    String displayName() {
        return displayName;
    }

    String word() {
        return word;
    }

    /**
     * @param value {@code PAYMENT_PROVIDER}, null or blank for the default
     * @throws StartupRefusedException naming the accepted words
     */
    static PaymentProvider parse(String value) {
        if (value == null || value.isBlank()) {
            return MPESA;
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.word.equals(word))
                .findFirst()
                .orElseThrow(() -> new StartupRefusedException("PAYMENT_PROVIDER must be "
                        + Arrays.stream(values()).map(PaymentProvider::word).collect(Collectors.joining(" or "))
                        + ", got '" + value + "'"));
    }
}
