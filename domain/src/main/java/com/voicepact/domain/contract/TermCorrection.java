package com.voicepact.domain.contract;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PlainText;
import com.voicepact.domain.extraction.Lexicon;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One term of a pending contract set to a new value by a party (by SMS {@code PRICE-<id> 250} or the USSD "Change terms"
 * screen). Each record checks its own value when it is made; {@link #applyTo} gives the new terms, which are a new
 * version of the contract ({@link Contract#amendTermsBy}): new fingerprint, every party confirms again.
 */
public sealed interface TermCorrection {

    /** The terms a party may correct, as the SMS keywords and the USSD screen name them. */
    enum Field {
        PRICE,
        QUANTITY,
        PLACE,
        DATE,
        PRODUCT
    }

    Field field();

    /**
     * The terms with this field set to the new value; a new unit price or quantity recomputes the total (quantity x unit
     * price, rounded half-even to the currency's minor unit).
     *
     * @throws InvalidValueException when the value does not fit these terms (a price with more decimals than the
     *     contract's currency has or in another currency, a price for terms without a quantity, a total out of range)
     * @throws UnchangedTermsException when the terms already say exactly this
     */
    ContractTerms applyTo(ContractTerms terms);

    /** This field's value in {@code terms} as a message and the audit show it ({@code KES 250.00}, {@code 80 bags}); "-" when unset. */
    String shownIn(ContractTerms terms);

    /** A new unit price: {@code amount} positive (decimals checked against the contract's currency when applied), {@code currency} the one named or null. */
    record NewPrice(BigDecimal amount, CurrencyCode currency) implements TermCorrection {
        public NewPrice {
            InvalidValueException.require(amount != null, "the new price is required");
            CorrectionLimits.requirePositive(amount, "the price");
        }

        @Override
        public Field field() {
            return Field.PRICE;
        }

        @Override
        public ContractTerms applyTo(ContractTerms t) {
            CurrencyCode contractCurrency = t.total().currency();
            CorrectionLimits.requireCurrency(currency, contractCurrency);
            InvalidValueException.require(
                    t.quantity() != null, "the terms have no quantity to price; correct the quantity first");
            Money price = CorrectionLimits.price(amount, contractCurrency);
            unchangedWhen(price.equals(t.unitPrice()), this, t);
            return rebuilt(t, t.product(), t.quantity(), price, null, t.deliveryLocation(), t.deliveryDeadline());
        }

        @Override
        public String shownIn(ContractTerms t) {
            return t.unitPrice() == null ? "-" : t.unitPrice().toString();
        }
    }

    /**
     * A new quantity ({@link Quantity}'s rule); {@code unit} the one named ({@code bags}) or null for the contract's own.
     * Without a unit price the agreed total stands; with one, the total is recomputed.
     */
    record NewQuantity(BigDecimal value, String unit) implements TermCorrection {
        public NewQuantity {
            CorrectionLimits.requireQuantity(value);
            Quantity checked = Quantity.of(value, CorrectionLimits.typedUnit(unit));
            value = checked.value();
            unit = CorrectionLimits.typedUnit(unit) == null ? null : checked.unit();
        }

        @Override
        public Field field() {
            return Field.QUANTITY;
        }

        @Override
        public ContractTerms applyTo(ContractTerms t) {
            String oldUnit = t.quantity() == null ? null : t.quantity().unit();
            Quantity quantity = Quantity.of(value, CorrectionLimits.unit(unit, oldUnit));
            unchangedWhen(quantity.equals(t.quantity()), this, t);
            Money total = t.unitPrice() == null ? t.total() : null;
            return rebuilt(t, t.product(), quantity, t.unitPrice(), total, t.deliveryLocation(), t.deliveryDeadline());
        }

        @Override
        public String shownIn(ContractTerms t) {
            return t.quantity() == null ? "-" : t.quantity().toString();
        }
    }

    /** A new delivery place: plain text on one line with at least one letter, at most 200 characters. */
    record NewPlace(String place) implements TermCorrection {
        public NewPlace {
            place = plainName(place, "delivery place");
            CorrectionLimits.requireValue(place, "the delivery place");
        }

        @Override
        public Field field() {
            return Field.PLACE;
        }

        @Override
        public ContractTerms applyTo(ContractTerms t) {
            unchangedWhen(place.equalsIgnoreCase(shownIn(t)), this, t);
            return rebuilt(t, t.product(), t.quantity(), t.unitPrice(), t.total(), place, t.deliveryDeadline());
        }

        @Override
        public String shownIn(ContractTerms t) {
            return t.deliveryLocation() == null ? "-" : t.deliveryLocation();
        }
    }

    /** A new delivery deadline, a real calendar day; not in the past is the caller's check (it has the clock). */
    record NewDate(LocalDate date) implements TermCorrection {
        public NewDate {
            InvalidValueException.require(date != null, "the new delivery date is required");
        }

        /** @throws CorrectionRefusedException ({@code PAST_DATE}) when this date is before {@code today} */
        public void requireNotBefore(LocalDate today) {
            CorrectionLimits.requireNotBefore(date, today);
        }

        @Override
        public Field field() {
            return Field.DATE;
        }

        @Override
        public ContractTerms applyTo(ContractTerms t) {
            unchangedWhen(date.equals(t.deliveryDeadline()), this, t);
            return rebuilt(t, t.product(), t.quantity(), t.unitPrice(), t.total(), t.deliveryLocation(), date);
        }

        @Override
        public String shownIn(ContractTerms t) {
            return t.deliveryDeadline() == null ? "-" : t.deliveryDeadline().toString();
        }
    }

    /** A new product name: plain text on one line with at least one letter, at most 200 characters. */
    record NewProduct(String name) implements TermCorrection {
        public NewProduct {
            name = plainName(name, "product");
            CorrectionLimits.requireValue(name, "the product");
            name = Lexicon.product(name).orElse(name);
        }

        @Override
        public Field field() {
            return Field.PRODUCT;
        }

        @Override
        public ContractTerms applyTo(ContractTerms t) {
            unchangedWhen(name.equalsIgnoreCase(t.product()), this, t);
            return rebuilt(t, name, t.quantity(), t.unitPrice(), t.total(), t.deliveryLocation(), t.deliveryDeadline());
        }

        @Override
        public String shownIn(ContractTerms t) {
            return t.product();
        }
    }

    /** A typed name (a place, a product) made plain: one line, single spaces, at least one letter, at most 200 characters. */
    private static String plainName(String value, String field) {
        InvalidValueException.require(value != null, field + " is required");
        String checked =
                InvalidValueException.requireText(PlainText.clean(value).strip().replaceAll("\\s+", " "), field, 200);
        InvalidValueException.require(
                checked.codePoints().anyMatch(Character::isLetter), field + " '" + checked + "' has no letter in it");
        return checked;
    }

    private static void unchangedWhen(boolean unchanged, TermCorrection correction, ContractTerms terms) {
        if (unchanged) {
            throw new UnchangedTermsException(correction.field(), correction.shownIn(terms));
        }
    }

    private static ContractTerms rebuilt(
            ContractTerms t, String product, Quantity q, Money price, Money total, String place, LocalDate date) {
        return ContractTerms.of(product, q, price, total, place, date, t.qualityRequirements(), t.paymentTerms());
    }
}
