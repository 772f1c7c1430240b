package com.voicepact.adapter.out.persistence;

import io.micronaut.context.ApplicationContext;

class PostgresSessionCopiesTest extends SessionCopiesOnDatabaseTest {

    @Override
    ApplicationContext context() {
        return TestDatabases.postgres();
    }
}
