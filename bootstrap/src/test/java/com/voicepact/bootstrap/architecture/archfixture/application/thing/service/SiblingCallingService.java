package com.voicepact.bootstrap.architecture.archfixture.application.thing.service;

/** Bad: a service that calls a sibling service instead of a use case, a port or a shared policy. */
public class SiblingCallingService {
    private final ThingCreatorService sibling = new ThingCreatorService();

    public void run() {
        sibling.create();
    }
}
