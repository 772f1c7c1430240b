package com.voicepact.bootstrap.architecture.archfixture.application.thing.service;

import com.voicepact.bootstrap.architecture.archfixture.application.thing.port.in.ThingCreator;

/** Bad: a use case implemented by a class not named *Service. */
public class ThingCreatorImpl implements ThingCreator {
    @Override
    public void create() {}
}
