package com.voicepact.bootstrap.architecture.archfixture.application.thing.service;

import com.voicepact.bootstrap.architecture.archfixture.application.thing.port.in.ThingCreator;

/** Good on its own: the sibling that {@link SiblingCallingService} should not call directly. */
public class ThingCreatorService implements ThingCreator {
    @Override
    public void create() {}
}
