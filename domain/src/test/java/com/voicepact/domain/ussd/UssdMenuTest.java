package com.voicepact.domain.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.ussd.UssdAction.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class UssdMenuTest {

    private static final String LONG = "Hass avocado, export grade A, sorted and packed in ventilated crates";

    private static UssdContract contract(
            int n, ContractStatus status, PartyRole role, boolean reported, String product) {
        return new UssdContract(
                ContractId.of(2026, 100_000 + n),
                product,
                "crates",
                Money.of("1234567.89", CurrencyCode.KES),
                status,
                role,
                false,
                reported,
                false,
                List.of(new UssdContract.PaymentLine(PaymentStatus.LOCKED, Money.of("1000", CurrencyCode.KES))));
    }

    private static List<UssdContract> many() {
        List<UssdContract> list = new ArrayList<>();
        list.add(contract(1, ContractStatus.PENDING, PartyRole.SELLER, false, "Maize"));
        list.add(contract(2, ContractStatus.ACTIVE, PartyRole.SELLER, false, LONG));
        list.add(contract(3, ContractStatus.ACTIVE, PartyRole.BUYER, true, LONG));
        list.add(contract(4, ContractStatus.DISPUTED, PartyRole.BUYER, true, LONG));
        list.add(contract(5, ContractStatus.CONFIRMED, PartyRole.WITNESS, false, LONG));
        list.add(contract(6, ContractStatus.COMPLETED, PartyRole.BUYER, true, "not listed"));
        return list;
    }

    private static UssdStep walk(UssdMenu menu, String... inputs) {
        UssdStep step = menu.start();
        for (String input : inputs) {
            step = menu.next(step.state(), input);
        }
        return step;
    }

    @Test
    void givenFirstHop_whenStarted_thenTheExactMainMenu() {
        assertThat(new UssdMenu(Language.EN, many()).start().screen())
                .isEqualTo(
                        "CON Welcome to VoicePact\n1. View My Contracts\n2. Confirm Delivery\n3. Check Payments\n4. Help & Support\n0. Exit");
        assertThat(walk(new UssdMenu(Language.EN, many()), "0").screen())
                .isEqualTo("END Thank you for using VoicePact!");
    }

    @Test
    void givenContracts_whenListed_thenOpenOnesNewestFirstPagedWithMore() {
        UssdMenu menu = new UssdMenu(Language.EN, many());
        UssdStep first = walk(menu, "1");
        assertThat(first.screen())
                .startsWith("CON Your Contracts:\n1. AG-2026-100001 Maize\n2. AG-2026-100002")
                .contains("98. More")
                .endsWith("0. Back 00. Home");
        UssdStep second = menu.next(first.state(), "98");
        assertThat(second.screen())
                .contains("1. AG-2026-100004")
                .contains("2. AG-2026-100005")
                .doesNotContain("100006")
                .doesNotContain("98. More");
        assertThat(menu.next(second.state(), "0").screen()).startsWith("CON Welcome to VoicePact");
    }

    @Test
    void givenPendingContract_whenOpened_thenConfirmOrDecline_andConfirmIsTheAction() {
        UssdMenu menu = new UssdMenu(Language.EN, many());
        UssdStep detail = walk(menu, "1", "1");
        assertThat(detail.screen())
                .isEqualTo("CON Contract Details\nAG-2026-100001\nProduct: Maize\nValue: KES 1,234,568\n"
                        + "Status: pending\n1. Confirm\n2. Decline\n3. Change terms\n0. Back 00. Home");
        UssdStep confirmed = menu.next(detail.state(), "1");
        assertThat(confirmed.screen()).isEqualTo("END Contract AG-2026-100001 confirmed.\nThank you!");
        assertThat(confirmed.action())
                .isEqualTo(new UssdAction(Kind.CONFIRM, ContractId.of(2026, 100_001), null, null));
    }

    @Test
    void givenSellerOfActiveContract_whenDeliveryMenu_thenFullPartialWithQuantityOrIssue() {
        UssdMenu menu = new UssdMenu(Language.EN, many());
        UssdStep deliveries = walk(menu, "2");
        assertThat(deliveries.screen())
                .startsWith("CON Awaiting Delivery Action:\n1. AG-2026-100002")
                .contains("2. AG-2026-100003")
                .doesNotContain("100001");
        UssdStep detail = menu.next(deliveries.state(), "1");
        assertThat(detail.screen()).contains("1. Full Delivery\n2. Partial Delivery\n3. Report Issue");
        assertThat(menu.next(detail.state(), "1").screen())
                .isEqualTo("END Full delivery confirmed!\nBuyer will be notified.\nPayment will be processed.");
        UssdStep quantity = menu.next(detail.state(), "2");
        assertThat(quantity.screen()).startsWith("CON Enter quantity delivered (crates):");
        assertThat(menu.next(quantity.state(), "abc").screen()).startsWith("CON Enter a number above 0.");
        UssdStep partial = menu.next(quantity.state(), "20");
        assertThat(partial.action().kind()).isEqualTo(Kind.PARTIAL_DELIVERY);
        assertThat(partial.action().quantity()).isEqualByComparingTo(BigDecimal.valueOf(20));
        assertThat(menu.next(detail.state(), "3").screen()).startsWith("END Issue reported.");
    }

    @Test
    void givenBuyerAfterDelivery_whenOpened_thenAcceptOrIssue() {
        UssdMenu menu = new UssdMenu(Language.EN, many());
        UssdStep detail = walk(menu, "2", "2");
        assertThat(detail.screen()).contains("1. Accept Delivery\n2. Report Issue");
        assertThat(menu.next(detail.state(), "1").action().kind()).isEqualTo(Kind.ACCEPT_DELIVERY);
    }

    @Test
    void givenInvalidInput_whenAnywhere_thenSameScreenWithAShortReason_and00GoesHome() {
        UssdMenu menu = new UssdMenu(Language.EN, many());
        assertThat(walk(menu, "7").screen()).startsWith("CON Invalid choice.\n1. View My Contracts");
        assertThat(walk(menu, "1", "9").screen()).startsWith("CON Invalid choice.\n1. AG-2026-100001");
        assertThat(walk(menu, "1", "1", "5").screen()).startsWith("CON Invalid choice.\nAG-2026-100001");
        assertThat(walk(menu, "1", "1", "00").screen()).startsWith("CON Welcome to VoicePact");
        assertThat(walk(menu, "1", "1", "0").screen()).startsWith("CON Your Contracts:");
    }

    @Test
    void givenHelp_whenLanguageChosen_thenSetLanguageActionAndAnswerInTheNewLanguage() {
        UssdMenu menu = new UssdMenu(Language.EN, many());
        assertThat(walk(menu, "4").screen())
                .contains("Call 0700123456 for support")
                .contains("SMS 'HELP' to 40404");
        UssdStep chosen = walk(menu, "4", "1", "2");
        assertThat(chosen.screen()).isEqualTo("END Lugha imewekwa: Kiswahili.");
        assertThat(chosen.action().language()).isEqualTo(Language.SW);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenLongNamesAndEveryRole_whenEveryScreenIsVisited_thenEachFits182Characters(Language language) {
        UssdMenu menu = new UssdMenu(language, many());
        List<String[]> paths = List.of(
                new String[] {},
                new String[] {"1"},
                new String[] {"1", "98"},
                new String[] {"2"},
                new String[] {"3"},
                new String[] {"3", "98"},
                new String[] {"4"},
                new String[] {"4", "1"},
                new String[] {"1", "2"},
                new String[] {"1", "3"},
                new String[] {"1", "98", "1"},
                new String[] {"1", "98", "2"},
                new String[] {"1", "2", "2"},
                new String[] {"1", "2", "2", "x"},
                new String[] {"1", "2", "2", "12.5"},
                new String[] {"1", "2", "9"},
                new String[] {"2", "2", "1"},
                new String[] {"2", "2", "2"},
                new String[] {"1", "1", "2"},
                new String[] {"0"});
        for (String[] path : paths) {
            String screen = walk(menu, path).screen();
            assertThat(screen.length())
                    .as(String.join("*", path) + " -> " + screen)
                    .isLessThanOrEqualTo(182);
            assertThat(screen).startsWith(screen.startsWith("CON ") ? "CON " : "END ");
        }
        assertThat(menu.failed("x".repeat(400)).length()).isLessThanOrEqualTo(182);
        assertThat(walk(menu, "1", "2").screen()).contains("~");
    }

    @Test
    void givenState_whenEncoded_thenDecodedEqual() {
        UssdState state =
                new UssdState(UssdState.Screen.DETAIL, ContractId.of(2026, 7), 2, UssdState.Screen.DELIVERY_LIST);
        assertThat(UssdState.decode(state.encode())).isEqualTo(state);
        assertThat(UssdState.decode(UssdState.main().encode())).isEqualTo(UssdState.main());
    }

    static Stream<Arguments> everyInputPromptAndAReplyWithStarOrHash() {
        List<List<String>> prompts = List.of(
                List.of(),
                List.of("1"),
                List.of("2"),
                List.of("1", "1"),
                List.of("2", "1"),
                List.of("2", "1", "2"),
                List.of("3"),
                List.of("4"),
                List.of("4", "1"));
        List<String> replies = List.of("2*5", "1*1", "1#", "#", "*", "0*", "00#", "5#", "*98");
        return Stream.of(Language.values())
                .flatMap(language ->
                        prompts.stream().flatMap(p -> replies.stream().map(r -> Arguments.of(language, p, r))));
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @MethodSource("everyInputPromptAndAReplyWithStarOrHash")
    void givenAnyPrompt_whenTheReplyHoldsAStarOrHash_thenTheSameStateAgainWithAHintAndNoAction(
            Language language, List<String> path, String reply) {
        UssdMenu menu = new UssdMenu(language, many());
        UssdStep prompt = walk(menu, path.toArray(String[]::new));

        UssdStep answer = menu.next(prompt.state(), reply);

        assertThat(answer.action()).isNull();
        assertThat(answer.state()).isEqualTo(prompt.state());
        assertThat(answer.screen())
                .startsWith("CON ")
                .endsWith(prompt.screen().substring(prompt.screen().indexOf('\n')))
                .isNotEqualTo(prompt.screen());
        assertThat(menu.next(prompt.state(), reply))
                .as("a pure function of state and input")
                .isEqualTo(answer);
    }
}
