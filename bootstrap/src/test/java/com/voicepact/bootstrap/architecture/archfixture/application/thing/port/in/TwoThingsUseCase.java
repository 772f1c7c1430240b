package com.voicepact.bootstrap.architecture.archfixture.application.thing.port.in;

/** Bad: two use cases behind one interface. */
public interface TwoThingsUseCase {
    void createThing();

    void deleteThing();
}
