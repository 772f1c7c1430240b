package com.voicepact.sandbox.africastalking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailboxesTest {

    @Test
    void givenMoreSmsThanKept_whenOneMoreArrives_thenTheOldestIsForgottenAndTheOrderKept() {
        Mailboxes boxes = new Mailboxes();
        for (int i = 0; i <= Mailboxes.KEPT; i++) {
            boxes.keep("+254712345678", new SandboxPhones.Sms("40404", "+254712345678", "m" + i, "id" + i, "t"));
        }

        assertThat(boxes.of("+254712345678")).hasSize(Mailboxes.KEPT);
        assertThat(boxes.of("+254712345678").get(0).text()).isEqualTo("m1");
        assertThat(boxes.of("+254712345678").get(Mailboxes.KEPT - 1).text()).isEqualTo("m" + Mailboxes.KEPT);
        assertThat(boxes.of("+254722000111")).isEmpty();
    }
}
