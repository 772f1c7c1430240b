package com.voicepact.bootstrap;

import com.voicepact.application.contract.port.in.ExpireOverdueContractsUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Expires contracts whose confirmation window closed; safe on every node (each expiry is versioned). */
@Singleton
class ContractExpiryJob {

    private static final Logger LOG = LoggerFactory.getLogger(ContractExpiryJob.class);
    private final ExpireOverdueContractsUseCase expiry;
    private final com.voicepact.application.phone.port.in.CleanUpUssdSessionsUseCase ussd;

    ContractExpiryJob(
            ExpireOverdueContractsUseCase expiry,
            com.voicepact.application.phone.port.in.CleanUpUssdSessionsUseCase ussd) {
        this.expiry = expiry;
        this.ussd = ussd;
    }

    /** USSD sessions live 5 minutes; the idle ones are deleted. */
    @Scheduled(fixedDelay = "1m", initialDelay = "30s")
    void cleanUpUssdSessions() {
        try {
            ussd.cleanUpExpiredSessions();
        } catch (RuntimeException e) {
            LOG.warn("USSD session clean-up failed: {}", e.getMessage());
        }
    }

    @Scheduled(fixedDelay = "${voicepact.expiry-interval:1m}", initialDelay = "10s")
    void expireOverdue() {
        try {
            int expired = expiry.expireOverdue();
            if (expired > 0) {
                LOG.info("expired {} overdue pending contract(s)", expired);
            }
        } catch (RuntimeException e) {
            LOG.error("contract expiry failed; it runs again at the next interval", e);
        }
    }
}
