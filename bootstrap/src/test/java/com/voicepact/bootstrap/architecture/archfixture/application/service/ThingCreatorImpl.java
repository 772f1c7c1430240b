package com.voicepact.bootstrap.architecture.archfixture.application.service;

import com.voicepact.bootstrap.architecture.archfixture.application.port.in.ThingCreator;

/** Bad: a use case implemented by a class not named *Service. */
public class ThingCreatorImpl implements ThingCreator {
    @Override
    public void create() {
    }
}
