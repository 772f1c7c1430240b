package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What happens on the simulated phones, told as it happens (to the phone simulator page and its guided journey). */
interface PhoneEvents {

    /** Tells nobody: the sandbox before the simulator listens. */
    PhoneEvents NONE = new PhoneEvents() {};

    /** An SMS reached a phone's inbox. */
    default void received(SandboxPhones.Sms sms) {}

    /** A phone sent an SMS to the short code. */
    default void sent(SandboxPhones.Sms sms) {}

    /** The app answered a USSD hop typed on {@code phone} with {@code screen} ({@code CON ...}/{@code END ...}). */
    default void ussd(String phone, String screen) {}

    /** A call rang, was answered, declined or ended. */
    default void call(SandboxCalls.Call call) {}

    /** One of AT's checkouts (a transaction's JSON) is waiting for its payer, or was decided. */
    default void checkout(ObjectNode transaction) {}
}
