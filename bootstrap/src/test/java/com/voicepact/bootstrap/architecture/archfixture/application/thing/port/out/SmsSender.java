package com.voicepact.bootstrap.architecture.archfixture.application.thing.port.out;

/** Bad: an outgoing port neither *Port nor a collection. */
public interface SmsSender {
    void send(String text);
}
