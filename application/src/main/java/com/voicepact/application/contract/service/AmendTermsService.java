package com.voicepact.application.contract.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.ContractSettings;
import com.voicepact.application.contract.port.in.AmendTermsCommand;
import com.voicepact.application.contract.port.in.AmendTermsUseCase;
import com.voicepact.application.contract.port.in.ContractNotFoundException;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.port.out.SmsType;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.TermCorrection;
import java.time.Instant;

/**
 * A party's correction of one term before confirming. One unit of work: the contract's new version, its audit entry and
 * the new summary to every party commit together; a refusal changes nothing. Two corrections at once are serialised by
 * the contract's version (the loser is retried on fresh data, and may then find its value already there).
 */
public final class AmendTermsService implements AmendTermsUseCase {

    private final Contracts contracts;
    private final ClockPort clock;
    private final ConflictRetry retry;
    private final AuditTrail audit;
    private final ContractSettings settings;
    private final Messenger messenger;

    public AmendTermsService(
            Contracts contracts,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            ContractSettings settings,
            Messenger messenger) {
        this.contracts = contracts;
        this.clock = clock;
        this.retry = new ConflictRetry(transactions);
        this.audit = audit;
        this.settings = settings;
        this.messenger = messenger;
    }

    @Override
    public Contract amendTerms(AmendTermsCommand command) {
        return retry.inTransaction(() -> {
            Contract contract = contracts
                    .findById(command.contractId())
                    .orElseThrow(() -> new ContractNotFoundException(command.contractId()));
            Instant now = clock.now();
            TermCorrection correction = command.correction();
            ContractTerms before = contract.agreement().terms();
            ContractStatus statusBefore = contract.status();
            if (correction instanceof TermCorrection.NewDate date) {
                date.requireNotBefore(now.atZone(clock.zone()).toLocalDate());
            }
            contract.amendTermsBy(command.party(), correction, now, settings.confirmationWindow());
            if (correction.field() == TermCorrection.Field.DATE) {
                contract.agreement()
                        .terms()
                        .requireDeadlineWithinReach(now.atZone(clock.zone()).toLocalDate());
            }
            Contract saved = contracts.save(contract);
            ContractTerms after = saved.agreement().terms();
            audit.statusChange(
                    command.actor(),
                    AuditAction.TERMS_AMENDED,
                    saved.id().value(),
                    statusBefore,
                    saved.status(),
                    "field=" + correction.field().name().toLowerCase(java.util.Locale.ROOT) + " from="
                            + correction.shownIn(before) + " to=" + correction.shownIn(after) + " party="
                            + command.party().e164() + " channel="
                            + command.channel().wireName() + " fingerprint="
                            + saved.agreement().fingerprint() + " total=" + after.total());
            Party by = saved.agreement().partyWith(command.party()).orElseThrow();
            saved.agreement()
                    .parties()
                    .forEach(p -> messenger.send(
                            "amended:" + saved.id() + ":v" + saved.version(),
                            SmsType.SUMMARY,
                            p.phone(),
                            saved.id(),
                            t -> t.corrections().amended(saved, by, correction.field(), before)));
            return saved;
        });
    }
}
