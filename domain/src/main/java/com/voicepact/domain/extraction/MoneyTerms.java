package com.voicepact.domain.extraction;

import com.voicepact.domain.extraction.ExtractedTerms.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Stage 3 of term extraction for the money: fills the unit price and total slots from the figures tagged with those
 * roles. When only one was said the other is computed (quantity x price, or total / quantity); when both were said
 * and disagree, the one agreed last wins and the other is computed from it. A figure computed exactly from figures
 * heard plainly is as sure as they are (arithmetic adds no doubt: marking every computed total would ask the parties
 * to check what they said themselves); a rescaled figure, one computed from a guess, one that needed rounding, or one
 * chosen over a figure that disagreed is guessed: its confidence is under {@link Field#CERTAIN}, so the parties are
 * asked to check it.
 *
 * @param unitPrice the price of one unit, in the call's currency
 * @param total the whole deal's amount, in the call's currency
 */
record MoneyTerms(Field<BigDecimal> unitPrice, Field<BigDecimal> total) {

    /** Confidence of a figure heard plainly in its role. */
    static final double SAID = 0.9;

    /** Confidence of a figure computed from the others or rescaled from a short haggling reply. */
    static final double GUESSED = 0.6;

    /** The two money slots from a quantity heard plainly (maybe null) and the figures tagged as price and total. */
    static MoneyTerms agree(BigDecimal quantity, Figure price, Figure total) {
        return agree(quantity, false, price, total);
    }

    /** As {@link #agree(BigDecimal, Figure, Figure)}, for a quantity that was itself guessed when {@code guessed}. */
    static MoneyTerms agree(BigDecimal quantity, boolean guessed, Figure price, Figure total) {
        boolean countable = quantity != null && quantity.signum() > 0;
        if (countable && price.present() && total.present() && !agrees(quantity, price, total)) {
            return total.index() > price.index()
                    ? new MoneyTerms(computed(divide(total.value(), quantity), true), heard(total))
                    : new MoneyTerms(heard(price), computed(price.value().multiply(quantity), true));
        }
        if (countable && !price.present() && total.present()) {
            BigDecimal each = divide(total.value(), quantity);
            boolean exact = each.multiply(quantity).compareTo(total.value()) == 0;
            return new MoneyTerms(computed(each, guessed || total.guessed() || !exact), heard(total));
        }
        if (countable && price.present() && !total.present()) {
            return new MoneyTerms(heard(price), computed(price.value().multiply(quantity), guessed || price.guessed()));
        }
        return new MoneyTerms(heard(price), heard(total));
    }

    private static boolean agrees(BigDecimal quantity, Figure price, Figure total) {
        return price.value().multiply(quantity).compareTo(total.value()) == 0;
    }

    private static BigDecimal divide(BigDecimal total, BigDecimal quantity) {
        return total.divide(quantity, 2, RoundingMode.HALF_EVEN);
    }

    private static Field<BigDecimal> heard(Figure figure) {
        return Field.of(plain(figure.value()), figure.guessed() ? GUESSED : SAID);
    }

    private static Field<BigDecimal> computed(BigDecimal value, boolean guessed) {
        return Field.of(plain(value), guessed ? GUESSED : SAID);
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null
                ? null
                : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
