package com.voicepact.domain.contract;

import com.voicepact.domain.extraction.ExtractedTerms;
import com.voicepact.domain.extraction.ExtractedTerms.Field;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The terms of a contract that were heard with low confidence on the call it was drafted from
 * ({@link Field#isUncertain()}): the summary SMS marks them so the parties check them before they confirm. A contract
 * typed in (API, USSD) has none; a term a party corrected is no longer marked.
 */
public record TermMarks(Set<TermField> uncertain) {

    private static final TermMarks NONE = new TermMarks(Set.of());

    public TermMarks {
        uncertain = uncertain == null || uncertain.isEmpty()
                ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(uncertain));
    }

    public static TermMarks none() {
        return NONE;
    }

    public static TermMarks of(TermField... fields) {
        return new TermMarks(Set.of(fields));
    }

    /**
     * The uncertain terms of what was heard: the product, the quantity or its unit, either amount of the price, the
     * place, the date. A term not heard at all is missing, not uncertain.
     */
    public static TermMarks heardIn(ExtractedTerms heard) {
        Set<TermField> marked = EnumSet.noneOf(TermField.class);
        mark(marked, TermField.PRODUCT, heard.product());
        mark(marked, TermField.QUANTITY, heard.quantity(), heard.unit());
        mark(marked, TermField.PRICE, heard.unitPrice(), heard.totalAmount());
        mark(marked, TermField.PLACE, heard.deliveryLocation());
        mark(marked, TermField.DATE, heard.deliveryDeadline());
        return new TermMarks(marked);
    }

    private static void mark(Set<TermField> marked, TermField field, Field<?>... heard) {
        if (Arrays.stream(heard).anyMatch(Field::isUncertain)) {
            marked.add(field);
        }
    }

    public boolean isMarked(TermField field) {
        return uncertain.contains(field);
    }

    public boolean isEmpty() {
        return uncertain.isEmpty();
    }

    /** The marked terms in {@link TermField} order. */
    public List<TermField> inOrder() {
        return uncertain.stream().sorted().toList();
    }

    /** These marks once {@code checked} were corrected or changed: those are no longer in doubt. */
    public TermMarks without(Collection<TermField> checked) {
        Set<TermField> left = EnumSet.noneOf(TermField.class);
        left.addAll(uncertain);
        left.removeAll(checked);
        return new TermMarks(left);
    }

    /** These marks after the terms changed from {@code before} to {@code after}: a changed term is no longer marked. */
    public TermMarks afterChange(ContractTerms before, ContractTerms after) {
        return without(
                uncertain.stream().filter(f -> f.changedBetween(before, after)).toList());
    }

    /** {@code "price,place"}, in {@link TermField} order; empty for none. The stored form. */
    public String wireForm() {
        return inOrder().stream().map(TermField::wireName).collect(Collectors.joining(","));
    }

    /**
     * Reads {@link #wireForm()}; null or empty is none.
     *
     * @throws IllegalArgumentException for a name that is no term field
     */
    public static TermMarks fromWireForm(String stored) {
        return stored == null || stored.isBlank()
                ? NONE
                : new TermMarks(Arrays.stream(stored.split(","))
                        .map(TermField::fromWireName)
                        .collect(Collectors.toSet()));
    }
}
