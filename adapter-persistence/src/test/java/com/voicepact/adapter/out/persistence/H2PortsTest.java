package com.voicepact.adapter.out.persistence;

import io.micronaut.context.ApplicationContext;

class H2PortsTest extends DatabasePortsTest {

    @Override
    ApplicationContext context() {
        return TestDatabases.h2();
    }
}
