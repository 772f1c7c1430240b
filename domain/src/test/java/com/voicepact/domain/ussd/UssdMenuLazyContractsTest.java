package com.voicepact.domain.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.domain.messaging.Language;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The menu asks for the caller's contracts only for a screen about them, and at most once per hop. */
class UssdMenuLazyContractsTest {

    private final AtomicInteger asked = new AtomicInteger();
    private final UssdMenu menu = new UssdMenu(Language.EN, () -> {
        asked.incrementAndGet();
        return List.of();
    });

    @Test
    void givenTheMainMenuHelpAndLanguage_whenShown_thenTheContractsAreNeverAskedFor() {
        menu.start();
        menu.next(UssdState.main(), "4");
        menu.next(UssdState.main().with(UssdState.Screen.HELP), "1");
        menu.next(UssdState.main(), "0");

        assertThat(asked).hasValue(0);
    }

    @Test
    void givenTheListAndThePayments_whenShown_thenTheContractsAreAskedForOnce() {
        UssdStep list = menu.next(UssdState.main(), "1");
        menu.next(list.state(), "7");
        menu.next(UssdState.main(), "3");

        assertThat(list.screen()).contains("Contracts");
        assertThat(asked).hasValue(1);
    }
}
