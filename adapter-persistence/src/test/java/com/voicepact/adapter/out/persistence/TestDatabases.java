package com.voicepact.adapter.out.persistence;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.port.out.IdempotencyKeys;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.InboundChannels;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.phone.port.out.UssdSessions;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.application.voice.port.out.VoiceCalls;
import com.voicepact.domain.audit.AuditChain;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/** Application contexts of this adapter on a fresh H2 and on a real PostgreSQL, one each per test JVM. */
final class TestDatabases {

    private static ApplicationContext h2;
    private static ApplicationContext postgres;
    private static EmbeddedPostgres server;

    private TestDatabases() {}

    static synchronized ApplicationContext h2() {
        if (h2 == null) {
            h2 = start(
                    "jdbc:h2:mem:" + UUID.randomUUID()
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "sa",
                    "");
        }
        return h2;
    }

    static synchronized ApplicationContext postgres() {
        if (postgres == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            postgres = start(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgres));
        }
        return postgres;
    }

    private static void stopPostgres() {
        try {
            postgres.close();
            server.close();
        } catch (IOException | RuntimeException ignored) {
            // the JVM is exiting
        }
    }

    private static ApplicationContext start(String url, String user, String password) {
        return ApplicationContext.builder()
                .singletons(
                        new AuditChain(InMemoryVoicePact.AUDIT_KEY)) // the chain the tests' audit trails verify with
                .properties(Map.of(
                        "datasources.default.url",
                        url,
                        "datasources.default.username",
                        user,
                        "datasources.default.password",
                        password,
                        "datasources.default.dialect",
                        "POSTGRES",
                        "datasources.default.maximum-pool-size",
                        8,
                        "flyway.datasources.default.enabled",
                        true))
                .start();
    }

    /** The JDBC adapters of a context as the stores of the inbound channels. */
    static InboundChannels.Stores stores(ApplicationContext c) {
        return new InboundChannels.Stores(
                c.getBean(TransactionPort.class),
                c.getBean(Contracts.class),
                c.getBean(ContractIdPort.class),
                c.getBean(AuditLog.class),
                c.getBean(Payments.class),
                c.getBean(LedgerPostings.class),
                c.getBean(OutboxMessages.class),
                c.getBean(ProviderEvents.class),
                c.getBean(IdempotencyKeys.class),
                c.getBean(LanguagePreferences.class),
                c.getBean(SmsLog.class),
                c.getBean(UssdSessions.class),
                c.getBean(VoiceCalls.class),
                c.getBean(com.voicepact.application.voice.port.out.ContractDrafts.class));
    }

    /** How many rows {@code table} holds. */
    @SuppressWarnings("unchecked")
    static int count(ApplicationContext context, String table) {
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        return tx.executeRead(status -> {
            try (Statement sql = status.getConnection().createStatement();
                    java.sql.ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                return rows.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Empties every table (children first) so each test starts from nothing. */
    @SuppressWarnings("unchecked")
    static void truncate(ApplicationContext context) {
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        context.getBean(JdbcPhoneChannels.Sessions.class).forgetCopies(); // the rows go behind the adapter's back
        tx.executeWrite(status -> {
            try (Statement sql = status.getConnection().createStatement()) {
                // the chain's head first, as a sealer takes it: a sealer at work finishes before the chain is emptied
                sql.executeQuery("SELECT id FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                        .close();
                for (String table : new String[] {
                    "payment_payouts",
                    "payments",
                    "ledger_lines",
                    "ledger_postings",
                    "outbox_messages",
                    "provider_events",
                    "idempotency_keys",
                    "ussd_sessions",
                    "language_preferences",
                    "sms_log",
                    "sms_reports_kept",
                    "voice_calls",
                    "contract_drafts",
                    "callback_replays",
                    "operator_sessions",
                    "operator_sign_in_failures",
                    "contract_confirmations",
                    "contract_parties",
                    "contracts",
                    "audit_queue",
                    "audit_entries"
                }) {
                    sql.executeUpdate("DELETE FROM " + table);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }
}
