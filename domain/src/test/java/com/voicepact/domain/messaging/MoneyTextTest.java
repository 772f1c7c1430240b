package com.voicepact.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MoneyTextTest {

    /** What the texts were written with before: a DecimalFormat per amount, whatever the server's locale. */
    private static String byDecimalFormat(String pattern, BigDecimal amount) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    private static List<Money> amounts() {
        List<Money> amounts = new ArrayList<>();
        for (String edge : new String[] {
            "0",
            "0.01",
            "0.49",
            "0.5",
            "0.99",
            "1",
            "999",
            "999.5",
            "999.99",
            "1000",
            "1000.01",
            "12345.67",
            "99999.5",
            "100000",
            "999999.99",
            "1000000",
            "9999999999999999.49",
            "9999999999999999.99"
        }) {
            amounts.add(Money.of(edge, CurrencyCode.KES));
        }
        amounts.add(Money.of("9999999999999999", CurrencyCode.UGX));
        amounts.add(Money.of("1500", CurrencyCode.UGX));
        Random random = new Random(14);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal cents = BigDecimal.valueOf(Math.abs(random.nextLong()) % 10_000_000_000L, 2);
            amounts.add(
                    Money.of(cents.movePointRight(random.nextInt(7)).setScale(2, RoundingMode.DOWN), CurrencyCode.KES));
        }
        return amounts;
    }

    @Test
    void givenAnyAmount_whenWritten_thenAsTheDecimalFormatWroteIt() {
        for (Money money : amounts()) {
            assertThat(MoneyText.withCents(money))
                    .as("with cents: %s", money)
                    .isEqualTo(money.currency() + " "
                            + byDecimalFormat("#,##0.00", money.amount().setScale(2, RoundingMode.UNNECESSARY)));
            assertThat(MoneyText.whole(money))
                    .as("whole: %s", money)
                    .isEqualTo(money.currency() + " "
                            + byDecimalFormat("#,##0", money.amount().setScale(0, RoundingMode.HALF_UP)));
        }
    }

    @Test
    void givenKnownAmounts_whenWritten_thenGroupedByThousands() {
        assertThat(MoneyText.withCents(Money.of("350000", CurrencyCode.KES))).isEqualTo("KES 350,000.00");
        assertThat(MoneyText.whole(Money.of("1234567.50", CurrencyCode.KES))).isEqualTo("KES 1,234,568");
        assertThat(MoneyText.whole(Money.of("999.49", CurrencyCode.KES))).isEqualTo("KES 999");
        assertThat(MoneyText.withCents(Money.of("0", CurrencyCode.UGX))).isEqualTo("UGX 0.00");
    }
}
