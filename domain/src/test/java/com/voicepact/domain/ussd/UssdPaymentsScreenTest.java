package com.voicepact.domain.ussd;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.payment.PaymentStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** "Check Payments": per contract, what is really held, owed, released and refunded, within 182 characters. */
class UssdPaymentsScreenTest {

    private static UssdContract.PaymentLine line(PaymentStatus status, String amount) {
        return new UssdContract.PaymentLine(status, Money.of(amount, CurrencyCode.KES));
    }

    private static UssdContract contract(
            int n, ContractStatus status, String total, UssdContract.PaymentLine... payments) {
        return new UssdContract(
                ContractId.of(2026, n),
                "Maize",
                "bags",
                Money.of(total, CurrencyCode.KES),
                status,
                PartyRole.BUYER,
                true,
                false,
                false,
                List.of(payments));
    }

    private static String payments(Language language, List<UssdContract> contracts) {
        UssdMenu menu = new UssdMenu(language, contracts);
        return menu.next(menu.start().state(), "3").screen();
    }

    @Test
    void givenKes9000HeldOfA175000Contract_whenPaymentsChecked_thenHeld9000AndOwed166000NotHeld175000() {
        String screen = payments(
                Language.EN,
                List.of(contract(1, ContractStatus.CONFIRMED, "175000", line(PaymentStatus.LOCKED, "9000"))));

        assertThat(screen)
                .isEqualTo("CON Payments:\n2026-000001 KES 175,000\nheld 9,000, owed 166,000\n0. Back 00. Home");
    }

    @Test
    void givenPaymentsInEveryState_whenPaymentsChecked_thenEachCountedWhereItIs() {
        String screen = payments(
                Language.EN,
                List.of(contract(
                        2,
                        ContractStatus.DISPUTED,
                        "20000",
                        line(PaymentStatus.LOCKED, "3000"),
                        line(PaymentStatus.RELEASING, "2000"),
                        line(PaymentStatus.REFUNDING, "1000"),
                        line(PaymentStatus.RELEASED, "4000"),
                        line(PaymentStatus.REFUNDED, "1500"),
                        line(PaymentStatus.PENDING, "5000"),
                        line(PaymentStatus.FAILED, "7000"),
                        line(PaymentStatus.EXPIRED, "700"))));

        assertThat(screen)
                .as("money being refunded is held, but does not count toward the total")
                .isEqualTo("CON Payments:\n2026-000002 KES 20,000\nheld 6,000, owed 11,000\n"
                        + "released 4,000, refunded 1,500\n0. Back 00. Home");
    }

    @Test
    void givenASplitAndASurplusRefund_whenPaymentsChecked_thenEachPartCountedWhereItWent() {
        Money zero = Money.zero(CurrencyCode.KES);
        UssdContract.PaymentLine split = new UssdContract.PaymentLine(
                PaymentStatus.RELEASED,
                Money.of("9000", CurrencyCode.KES),
                Money.of("6000", CurrencyCode.KES),
                Money.of("3000", CurrencyCode.KES),
                zero);
        UssdContract.PaymentLine surplus = new UssdContract.PaymentLine(
                PaymentStatus.REFUNDED,
                Money.of("9000", CurrencyCode.KES),
                zero,
                Money.of("9000", CurrencyCode.KES),
                zero);
        String screen = payments(Language.EN, List.of(contract(7, ContractStatus.COMPLETED, "12000", split, surplus)));

        assertThat(screen).contains("held 0, owed 0\nreleased 6,000, refunded 12,000");
    }

    @Test
    void givenSwahili_whenPaymentsChecked_thenTheSameSumsInKiswahili() {
        String screen = payments(
                Language.SW,
                List.of(contract(
                        3,
                        ContractStatus.ACTIVE,
                        "175000",
                        line(PaymentStatus.LOCKED, "170000"),
                        line(PaymentStatus.REFUNDED, "5000"))));

        assertThat(screen)
                .isEqualTo("CON Malipo:\n2026-000003 KES 175,000\nimeshikiliwa 170,000, inadaiwa 5,000\n"
                        + "imerejeshwa 5,000\n0. Rudi 00. Mwanzo");
    }

    @Test
    void givenMoreLockedThanTheTotal_whenPaymentsChecked_thenNothingOwedRatherThanANegativeSum() {
        String screen = payments(
                Language.EN,
                List.of(contract(
                        4,
                        ContractStatus.ACTIVE,
                        "1000",
                        line(PaymentStatus.LOCKED, "1000"),
                        line(PaymentStatus.LOCKED, "1000"))));

        assertThat(screen).contains("held 2,000, owed 0");
    }

    @Test
    void givenCompletedContractWithReleasedMoney_whenPaymentsChecked_thenItIsStillShown() {
        String screen = payments(
                Language.EN,
                List.of(contract(5, ContractStatus.COMPLETED, "9000", line(PaymentStatus.RELEASED, "9000"))));

        assertThat(screen).contains("2026-000005 KES 9,000\nheld 0, owed 0\nreleased 9,000");
    }

    @Test
    void givenCancelledContractWhoseMoneyWasRefunded_whenPaymentsChecked_thenNothingIsOwed() {
        String screen = payments(
                Language.EN,
                List.of(contract(6, ContractStatus.CANCELLED, "175000", line(PaymentStatus.REFUNDED, "9000"))));

        assertThat(screen).contains("2026-000006 KES 175,000\nheld 0, owed 0\nrefunded 9,000");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenManyContractsWithLargeSums_whenPagedThrough_thenEveryScreenFitsAndEveryContractIsShownOnce(
            Language language) {
        List<UssdContract> contracts = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            contracts.add(contract(
                    100_000 + n,
                    ContractStatus.ACTIVE,
                    "99999999.99",
                    line(PaymentStatus.LOCKED, "33333333.33"),
                    line(PaymentStatus.RELEASED, "33333333.33"),
                    line(PaymentStatus.REFUNDED, "11111111.11")));
        }
        UssdMenu menu = new UssdMenu(language, contracts);
        UssdStep step = menu.next(menu.start().state(), "3");
        List<String> seen = new ArrayList<>();
        for (int screens = 0; screens < 10; screens++) {
            assertThat(step.screen())
                    .hasSizeLessThanOrEqualTo(UssdStep.MAX_LENGTH)
                    .endsWith(language == Language.EN ? "0. Back 00. Home" : "0. Rudi 00. Mwanzo");
            step.screen().lines().filter(l -> l.startsWith("2026-")).forEach(l -> seen.add(l.substring(0, 11)));
            if (!step.screen().contains("98. ")) {
                break;
            }
            step = menu.next(step.state(), "98");
        }
        assertThat(seen)
                .containsExactly(
                        "2026-100001",
                        "2026-100002",
                        "2026-100003",
                        "2026-100004",
                        "2026-100005",
                        "2026-100006",
                        "2026-100007");
    }
}
