package com.voicepact.bootstrap.architecture.archfixture.application.service;

import com.voicepact.bootstrap.architecture.archfixture.application.port.in.ThingCreator;

/** Good on its own: the sibling that {@link SiblingCallingService} should not call directly. */
public class ThingCreatorService implements ThingCreator {
    @Override
    public void create() {
    }
}
