package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.voicepact.sandbox.EventStream;

/** Pushes what happens on the phones to the simulator pages ({@link EventStream}) and keeps the guided journey. */
final class SimulatorFeed implements PhoneEvents {

    private final EventStream stream;
    private final PhoneViews views;
    private final JourneyGuide guide = new JourneyGuide();

    SimulatorFeed(EventStream stream, PhoneViews views) {
        this.stream = stream;
        this.views = views;
    }

    @Override
    public void received(SandboxPhones.Sms sms) {
        publish("sms", views.sms(sms, true));
        journeyChanged(guide.received(sms.to(), sms.text()));
    }

    @Override
    public void sent(SandboxPhones.Sms sms) {
        publish("sms", views.sms(sms, false));
        journeyChanged(guide.sent(sms.from(), sms.text()));
    }

    @Override
    public void ussd(String phone, String screen) {
        journeyChanged(guide.ussd(phone, screen));
    }

    @Override
    public void call(SandboxCalls.Call call) {
        publish("call", views.call(call));
    }

    @Override
    public void checkout(ObjectNode transaction) {
        publish("checkout", views.checkout(transaction));
    }

    ObjectNode journey() {
        return views.journey(guide.progress());
    }

    private void journeyChanged(boolean changed) {
        if (changed) {
            publish("journey", journey());
        }
    }

    private void publish(String type, JsonNode view) {
        stream.publish(type, view.toString());
    }
}
