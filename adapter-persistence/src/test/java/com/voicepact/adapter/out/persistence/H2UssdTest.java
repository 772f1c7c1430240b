package com.voicepact.adapter.out.persistence;

import io.micronaut.context.ApplicationContext;

class H2UssdTest extends UssdOnDatabaseTest {

    @Override
    ApplicationContext context() {
        return TestDatabases.h2();
    }
}
