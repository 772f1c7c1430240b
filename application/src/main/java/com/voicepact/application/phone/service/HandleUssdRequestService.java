package com.voicepact.application.phone.service;

import com.voicepact.application.contract.port.in.ContractNotFoundException;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.port.shared.ContractSearch;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.PartyActions;
import com.voicepact.application.phone.port.in.HandleUssdRequestUseCase;
import com.voicepact.application.phone.port.in.UssdRequest;
import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.application.phone.port.out.UssdMetricsPort;
import com.voicepact.application.phone.port.out.UssdSession;
import com.voicepact.application.phone.port.out.UssdSessions;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.TermsChangedException;
import com.voicepact.domain.contract.TermsSeen;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.ussd.UssdAction;
import com.voicepact.domain.ussd.UssdContract;
import com.voicepact.domain.ussd.UssdMenu;
import com.voicepact.domain.ussd.UssdState;
import com.voicepact.domain.ussd.UssdStep;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

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
    private final ConflictRetry retry;
    private final PartyActions actions;
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
        this.retry = new ConflictRetry(transactions);
        this.actions = actions;
        this.metrics = metrics;
    }

    @Override
    public String handle(UssdRequest request) {
        Instant started = clock.now();
        try {
            Hop hop = retry.inTransaction(() -> hop(request));
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

    private Hop hop(UssdRequest request) {
        if (request.tooLong()) { // nothing is read or stored: the farmer starts again
            return Hop.answer(new UssdMenu(messenger.languageOf(request.phone()), List.of()).tooLong());
        }
        Instant now = clock.now();
        Optional<UssdSession> found = sessions.find(request.sessionId());
        Optional<UssdSession> stored = found.filter(s -> !s.isExpiredAt(now));
        if (stored.isPresent()
                && stored.get().lastText().equals(request.text())
                && stored.get().hops() > 0) {
            return Hop.answer(stored.get().lastScreen()); // AT resent the hop: same answer, no second side effect
        }
        Language language = messenger.languageOf(request.phone());
        UssdMenu menu = new UssdMenu(language, snapshot(request.phone()));
        UssdState before = stored.isEmpty()
                ? UssdState.main()
                : UssdState.decode(stored.get().state());
        UssdStep chosen = stored.isEmpty() || request.text().isEmpty()
                ? menu.start()
                : menu.next(before, request.replyAfter(stored.get().lastText()));
        UssdStep step = chosen.action() == null ? chosen : run(chosen, before, request.phone(), menu);
        String screen = step.screen();
        UssdSession session =
                stored.orElseGet(() -> found.map(old -> restarted(old, now)).orElseGet(() -> newSession(request, now)));
        sessions.save(session.after(step.state().encode(), request.text(), screen, now));
        return new Hop(
                screen,
                stored.isEmpty(),
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
        return contracts.search(new ContractSearch(phone, null, ContractSearch.MAX_LIMIT, 0)).contracts().stream()
                .map(c -> UssdContract.of(
                        c,
                        phone,
                        payments.findByContract(c.id()).stream()
                                .map(UssdContract.PaymentLine::of)
                                .toList()))
                .toList();
    }

    /**
     * Runs the step's action through the use cases, as the caller from their own phone on the USSD channel: the step
     * when it was done; a YES on terms changed since {@code before} showed them gets those terms shown again, to confirm
     * or not; any other refusal ends the session with its reason.
     */
    private UssdStep run(UssdStep step, UssdState before, PhoneNumber phone, UssdMenu menu) {
        UssdAction action = step.action();
        try {
            if (action.kind() == UssdAction.Kind.SET_LANGUAGE) {
                languages.choose(phone, action.language());
            } else {
                actions.run(partyAction(action), phone, Channel.USSD);
            }
            return step;
        } catch (TermsChangedException changed) {
            return menu.termsChanged(before);
        } catch (DomainException | ContractNotFoundException refused) {
            return new UssdStep(menu.failed(refused.getMessage()), step.state(), null);
        }
    }

    /** The party's action a contract's menu item stands for. */
    private static PartyActions.Action partyAction(UssdAction action) {
        ContractId id = action.contractId();
        return switch (action.kind()) {
            case CONFIRM -> PartyActions.Action.confirm(id, TermsSeen.shown(action.shown()));
            case DECLINE -> PartyActions.Action.of(PartyActions.Kind.DECLINE, id);
            case FULL_DELIVERY, PARTIAL_DELIVERY ->
                new PartyActions.Action(PartyActions.Kind.REPORT_DELIVERY, id, action.quantity(), null);
            case ACCEPT_DELIVERY -> PartyActions.Action.of(PartyActions.Kind.ACCEPT_DELIVERY, id);
            case REPORT_ISSUE ->
                new PartyActions.Action(PartyActions.Kind.RAISE_DISPUTE, id, null, "issue reported on USSD");
            case CHANGE_TERMS -> PartyActions.Action.amend(id, action.correction());
            case SET_LANGUAGE -> throw new IllegalStateException("a language is no party's action");
        };
    }
}
