package com.voicepact.application.phone.service;

import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.port.shared.ContractSearch;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.PartyActions;
import com.voicepact.application.phone.UssdActions;
import com.voicepact.application.phone.port.in.HandleUssdRequestUseCase;
import com.voicepact.application.phone.port.in.UssdRequest;
import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.application.phone.port.out.UssdMetricsPort;
import com.voicepact.application.phone.port.out.UssdSession;
import com.voicepact.application.phone.port.out.UssdSessions;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.ussd.UssdContract;
import com.voicepact.domain.ussd.UssdMenu;
import com.voicepact.domain.ussd.UssdState;
import com.voicepact.domain.ussd.UssdStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * One USSD hop: a resent hop (same session id and text) gets the stored screen and does nothing
 * again; otherwise the pure menu decides, its action runs through the contract use cases, and the
 * session is saved at its version, so two nodes can serve one session in turn.
 */
public final class HandleUssdRequestService implements HandleUssdRequestUseCase {

    private static final Logger LOG = Logger.getLogger(HandleUssdRequestService.class.getName());
    private final UssdSessions sessions;
    private final Contracts contracts;
    private final Payments payments;
    private final LanguagePreferences languages;
    private final Messenger messenger;
    private final ClockPort clock;
    private final TransactionPort transactions;
    private final ConflictRetry retry;
    private final UssdActions actions;
    private final UssdMetricsPort metrics;

    public HandleUssdRequestService(
            UssdSessions sessions,
            Contracts contracts,
            Payments payments,
            LanguagePreferences languages,
            Messenger messenger,
            ClockPort clock,
            TransactionPort transactions,
            PartyActions actions,
            UssdMetricsPort metrics) {
        this.sessions = sessions;
        this.contracts = contracts;
        this.payments = payments;
        this.languages = languages;
        this.messenger = messenger;
        this.clock = clock;
        this.transactions = transactions;
        this.retry = new ConflictRetry(transactions);
        this.actions = new UssdActions(actions, languages);
        this.metrics = metrics;
    }

    @Override
    public String handle(UssdRequest request) {
        Instant started = clock.now();
        try {
            Hop hop = retry.attempt(() -> hop(request));
            count(hop, Duration.between(started, clock.now()));
            return hop.screen();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "USSD hop of " + request.phone().masked() + " failed", e);
            metrics.error();
            return new UssdMenu(messenger.languageOf(request.phone()), List.of()).serviceError();
        }
    }

    /** A hop's answer and what it did to the session, counted once it is committed (a retried hop runs twice). */
    private record Hop(String screen, boolean sessionStarted, Duration sessionEndedAfter) {

        static Hop answer(String screen) {
            return new Hop(screen, false, null);
        }
    }

    private void count(Hop hop, Duration took) {
        if (hop.sessionStarted()) {
            metrics.sessionStarted();
        }
        if (hop.sessionEndedAfter() != null) {
            metrics.sessionEnded(hop.sessionEndedAfter());
        }
        metrics.hop(hop.screen().startsWith("END ") ? "end" : "continue", took);
    }

    /**
     * Reads outside the hop's own transaction, each read alone (the session, this node's copy when it has one; the
     * caller's contracts only for a screen about them), and writes the session at the version it was read: a hop that
     * moved on elsewhere meanwhile is refused and run again on fresh data ({@link ConflictRetry#attempt}). Only a hop
     * with an action opens a transaction, so that the action and the session that remembers it commit together.
     */
    private Hop hop(UssdRequest request) {
        if (request.tooLong()) { // nothing is read or stored: the farmer starts again
            return Hop.answer(new UssdMenu(messenger.languageOf(request.phone()), List.of()).tooLong());
        }
        Instant now = clock.now();
        Optional<UssdSession> found = sessions.find(request.sessionId());
        if (found.isPresent() && !found.get().phone().equals(request.phone().e164())) {
            // a session id is one phone's: another phone sending it sees nothing of it and changes nothing
            return Hop.answer(new UssdMenu(messenger.languageOf(request.phone()), List.of()).otherPhone());
        }
        Optional<UssdSession> stored = found.filter(s -> !s.isExpiredAt(now));
        if (stored.isPresent()
                && stored.get().lastText().equals(request.text())
                && stored.get().hops() > 0) {
            return Hop.answer(stored.get().lastScreen()); // AT resent the hop: same answer, no second side effect
        }
        UssdMenu menu = new UssdMenu(messenger.languageOf(request.phone()), () -> snapshot(request.phone()));
        UssdState before = stored.isEmpty()
                ? UssdState.main()
                : UssdState.decode(stored.get().state());
        UssdStep chosen = stored.isEmpty() || request.text().isEmpty()
                ? menu.start()
                : menu.next(before, request.replyAfter(stored.get().lastText()));
        UssdSession session =
                stored.orElseGet(() -> found.map(old -> restarted(old, now)).orElseGet(() -> newSession(request, now)));
        if (chosen.action() == null) {
            return stored(session, request, chosen, now);
        }
        return transactions.inTransaction(
                () -> stored(session, request, actions.run(chosen, before, request.phone(), menu), now));
    }

    private Hop stored(UssdSession session, UssdRequest request, UssdStep step, Instant now) {
        String screen = step.screen();
        sessions.save(session.after(step.state().encode(), request.text(), screen, now));
        return new Hop(
                screen,
                session.hops() == 0,
                screen.startsWith("END ") ? Duration.between(session.startedAt(), now) : null);
    }

    /** An expired session id used again: a fresh session over the old row (its version is kept for the update). */
    private static UssdSession restarted(UssdSession old, Instant now) {
        return new UssdSession(
                old.sessionId(), old.phone(), UssdState.main().encode(), "", "", now, now, 0, old.version());
    }

    private static UssdSession newSession(UssdRequest request, Instant now) {
        return new UssdSession(
                request.sessionId(), request.phone().e164(), UssdState.main().encode(), "", "", now, now, 0, 0);
    }

    /** The caller's contracts, newest first, with their payments. */
    private List<UssdContract> snapshot(PhoneNumber phone) {
        List<Contract> found = contracts.findByParty(phone, ContractSearch.MAX_LIMIT);
        Map<ContractId, List<UssdContract.PaymentLine>> paid =
                payments.findByContracts(found.stream().map(Contract::id).toList()).stream()
                        .collect(Collectors.groupingBy(
                                EscrowPayment::contractId,
                                Collectors.mapping(UssdContract.PaymentLine::of, Collectors.toList())));
        return found.stream()
                .map(c -> UssdContract.of(c, phone, paid.getOrDefault(c.id(), List.of())))
                .toList();
    }
}
