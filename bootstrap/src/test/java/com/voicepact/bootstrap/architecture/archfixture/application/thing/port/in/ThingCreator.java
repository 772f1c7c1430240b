package com.voicepact.bootstrap.architecture.archfixture.application.thing.port.in;

/** Bad: an incoming port not named *UseCase. */
public interface ThingCreator {
    void create();
}
