package com.voicepact.domain.contract;

import com.voicepact.domain.extraction.ExtractedTerms;
import com.voicepact.domain.extraction.ExtractedTerms.Field;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The terms of a contract that were heard with low confidence on the call it was drafted from
 * ({@link Field#isUncertain()}): the summary SMS marks them so the parties check them before they confirm. A contract
 * typed in (API, USSD) has none; a term a party corrected is no longer marked.
 */
public record TermMarks(Set<TermCorrection.Field> uncertain, boolean currency) {

    /** The stored name of a currency in doubt ({@link #currency()}): it is corrected with the price, so it is no field. */
    public static final String CURRENCY = "currency";

    private static final TermMarks NONE = new TermMarks(Set.of());

    /** Marks of the terms; the currency heard plainly. */
    public TermMarks(Set<TermCorrection.Field> uncertain) {
        this(uncertain, false);
    }

    public TermMarks {
        uncertain = uncertain == null || uncertain.isEmpty()
                ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(uncertain));
    }

    public static TermMarks none() {
        return NONE;
    }

    public static TermMarks of(TermCorrection.Field... fields) {
        return new TermMarks(Set.of(fields));
    }

    /**
     * The uncertain terms of what was heard: the product, the quantity or its unit, either amount of the price, the
     * place, the date. A term not heard at all is missing, not uncertain.
     */
    public static TermMarks heardIn(ExtractedTerms heard) {
        Set<TermCorrection.Field> marked = EnumSet.noneOf(TermCorrection.Field.class);
        mark(marked, TermCorrection.Field.PRODUCT, heard.product());
        mark(marked, TermCorrection.Field.QUANTITY, heard.quantity(), heard.unit());
        mark(marked, TermCorrection.Field.PRICE, heard.unitPrice(), heard.totalAmount());
        mark(marked, TermCorrection.Field.PLACE, heard.deliveryLocation());
        mark(marked, TermCorrection.Field.DATE, heard.deliveryDeadline());
        return new TermMarks(marked, heard.currency().isUncertain());
    }

    private static void mark(Set<TermCorrection.Field> marked, TermCorrection.Field field, Field<?>... heard) {
        if (Arrays.stream(heard).anyMatch(Field::isUncertain)) {
            marked.add(field);
        }
    }

    public boolean isMarked(TermCorrection.Field field) {
        return uncertain.contains(field);
    }

    public boolean isEmpty() {
        return uncertain.isEmpty() && !currency;
    }

    /** The marked terms in {@link TermCorrection.Field} order. */
    public List<TermCorrection.Field> inOrder() {
        return uncertain.stream().sorted().toList();
    }

    /** These marks once {@code checked} were corrected or changed: those are no longer in doubt. */
    public TermMarks without(Collection<TermCorrection.Field> checked) {
        Set<TermCorrection.Field> left = EnumSet.noneOf(TermCorrection.Field.class);
        left.addAll(uncertain);
        left.removeAll(checked);
        return new TermMarks(left, currency);
    }

    /** These marks after the terms changed from {@code before} to {@code after}: a changed term is no longer marked. */
    public TermMarks afterChange(ContractTerms before, ContractTerms after) {
        TermMarks left = without(
                uncertain.stream().filter(f -> changed(f, before, after)).toList());
        boolean currencyChanged = before.total().currency() != after.total().currency();
        return new TermMarks(left.uncertain(), currency && !currencyChanged);
    }

    /** {@code "price,place"}, in {@link TermCorrection.Field} order; empty for none. The stored form. */
    public String wireForm() {
        return java.util.stream.Stream.concat(
                        inOrder().stream().map(TermMarks::wireName),
                        currency ? java.util.stream.Stream.of(CURRENCY) : java.util.stream.Stream.empty())
                .collect(Collectors.joining(","));
    }

    /**
     * Reads {@link #wireForm()}; null or empty is none.
     *
     * @throws IllegalArgumentException for a name that is no term field
     */
    public static TermMarks fromWireForm(String stored) {
        if (stored == null || stored.isBlank()) {
            return NONE;
        }
        List<String> names = Arrays.stream(stored.split(",")).map(String::strip).toList();
        return new TermMarks(
                names.stream()
                        .filter(name -> !name.equals(CURRENCY))
                        .map(name -> TermCorrection.Field.valueOf(name.toUpperCase(Locale.ROOT)))
                        .collect(Collectors.toSet()),
                names.contains(CURRENCY));
    }

    /** {@code price}, {@code place}, ...: the stored and catalogued name of a term ({@code term.price}). */
    public static String wireName(TermCorrection.Field field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code field} differs between {@code before} and {@code after}; the price is unit price and total. */
    static boolean changed(TermCorrection.Field field, ContractTerms before, ContractTerms after) {
        return switch (field) {
            case PRODUCT -> !Objects.equals(before.product(), after.product());
            case QUANTITY -> !Objects.equals(before.quantity(), after.quantity());
            case PRICE ->
                !Objects.equals(before.unitPrice(), after.unitPrice())
                        || !Objects.equals(before.total(), after.total());
            case PLACE -> !Objects.equals(before.deliveryLocation(), after.deliveryLocation());
            case DATE -> !Objects.equals(before.deliveryDeadline(), after.deliveryDeadline());
        };
    }
}
