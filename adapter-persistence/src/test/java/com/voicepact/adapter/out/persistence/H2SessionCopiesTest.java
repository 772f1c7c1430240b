package com.voicepact.adapter.out.persistence;

import io.micronaut.context.ApplicationContext;

class H2SessionCopiesTest extends SessionCopiesOnDatabaseTest {

    @Override
    ApplicationContext context() {
        return TestDatabases.h2();
    }
}
