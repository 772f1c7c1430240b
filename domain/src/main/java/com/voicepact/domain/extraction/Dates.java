package com.voicepact.domain.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The delivery deadline, resolved against the day of the call: "april 15", "30 of may", "tarehe 15
 * julai" (the next such date on or after that day), "kesho", "tomorrow", "next friday", "mwisho wa
 * mwezi", "end of the month", "next week", "in 3 days". An explicit date beats a relative one;
 * "every tuesday" is a schedule, not a deadline.
 */
final class Dates {

    private Dates() {}

    static LocalDate deadline(List<String> t, LocalDate reference) {
        LocalDate[] anchored = new LocalDate[3];
        LocalDate[] any = new LocalDate[3];
        for (int i = 0; i < t.size(); i++) {
            LocalDate explicit = explicitAt(t, i, reference);
            LocalDate day = explicit == null ? dayOnlyAt(t, i, reference) : null;
            LocalDate relative = explicit == null && day == null ? RelativeDates.at(t, i, reference) : null;
            int kind = explicit != null ? 0 : day != null ? 1 : relative != null ? 2 : -1;
            if (kind >= 0) {
                LocalDate found = explicit != null ? explicit : day != null ? day : relative;
                any[kind] = found;
                if (Places.deliveredBefore(t, i)) {
                    anchored[kind] = found;
                }
            }
        }
        LocalDate delivery = firstOf(anchored); // "tutaleta kesho kutwa ... nitakutumia pesa leo": the delivery's day
        return delivery != null ? delivery : firstOf(any);
    }

    /** An explicit date beats a day of the month alone, which beats a relative one. */
    private static LocalDate firstOf(LocalDate[] byKind) {
        return byKind[0] != null ? byKind[0] : byKind[1] != null ? byKind[1] : byKind[2];
    }

    /**
     * "15/06" and "15/6/2026" as East Africa writes them (day first), spelled as "15 june" for the rules; a fraction
     * ("2 1/2 tonnes", "3/4 of a bag") is left as it is.
     */
    static String spellNumericDates(String text) {
        String fractions = MIXED.matcher(text).replaceAll(m -> decimal(m.group(1), m.group(2), m.group(3), m.group()));
        String counted = FRACTION.matcher(fractions)
                .replaceAll(m -> decimal("0", m.group(1), m.group(2), m.group()) + m.group(3));
        return NUMERIC_DATE.matcher(counted).replaceAll(m -> {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12
                    ? " " + m.group(1) + " " + MONTH_NAMES.get(month - 1) + " "
                    : Matcher.quoteReplacement(m.group());
        });
    }

    /** {@code whole + numerator/denominator} as a plain decimal ("2", "1", "2" is "2.5"), or {@code said} when not exact. */
    private static String decimal(String whole, String numerator, String denominator, String said) {
        BigDecimal n = new BigDecimal(numerator);
        BigDecimal d = new BigDecimal(denominator);
        if (n.compareTo(d) >= 0) {
            return Matcher.quoteReplacement(said);
        }
        try {
            return new BigDecimal(whole).add(n.divide(d)).stripTrailingZeros().toPlainString();
        } catch (ArithmeticException notExact) {
            return Matcher.quoteReplacement(said);
        }
    }

    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})(?:/\\d{2,4})?\\b");
    /** A whole number and a fraction: "2 1/2 tonnes" is 2.5 tonnes, never the 1st of February. */
    private static final Pattern MIXED = Pattern.compile("\\b(\\d+)\\s+([1-9])/([1-9]|10)\\b(?!/)");
    /** A fraction of a unit: "1/2 a bag", "3/4 of a tonne" (0.5, 0.75). */
    private static final Pattern FRACTION = Pattern.compile(
            "\\b([1-9])/([1-9]|10)\\b(?!/)((?:\\s+(?:of|a|an|ya|la))*\\s+(?:tonnes?|tons?|tani|bags?|gunia|sacks?|kgs?|kilos?|"
                    + "litres?|liters?|lita|crates?|trays?|debe|acres?)\\b)");

    private static final List<String> MONTH_NAMES = List.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");
    static final Set<String> DAY_MARKERS = Set.of("on", "by", "before", "until", "till", "tarehe", "ifikapo");

    /** A day of the month said alone: "on the 25th", "by the 3rd", "tarehe 20": the next such day on or after the call. */
    private static LocalDate dayOnlyAt(List<String> t, int i, LocalDate reference) {
        if (!isDay(t.get(i)) || i == 0) {
            return null;
        }
        boolean marked = DAY_MARKERS.contains(t.get(i - 1))
                || (t.get(i - 1).equals("the") && i >= 2 && DAY_MARKERS.contains(t.get(i - 2)));
        String next = i + 1 < t.size() ? t.get(i + 1) : "";
        boolean quantityOrTime = Vocabulary.UNITS.containsKey(next)
                || Vocabulary.PRODUCTS.containsKey(next)
                || CalendarWords.MONTHS.containsKey(next)
                || next.matches("of|ya|days?|weeks?|months?|siku|wiki|pm|am|o'clock|saa|percent|shillings?|bob|ksh");
        if (!marked || quantityOrTime) {
            return null;
        }
        int day = Integer.parseInt(t.get(i));
        for (LocalDate month = reference.withDayOfMonth(1);
                month.isBefore(reference.plusMonths(3));
                month = month.plusMonths(1)) {
            if (day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isBefore(reference)) {
                return month.withDayOfMonth(day);
            }
        }
        return null;
    }

    private static LocalDate explicitAt(List<String> t, int i, LocalDate reference) {
        String month = CalendarWords.MONTHS.get(t.get(i));
        LocalDate spoken = MonthDays.at(t, i, reference);
        if (spoken != null) {
            return spoken;
        }
        if (month == null
                || (t.get(i).equals("may") && !nearDay(t, i))
                || (t.get(i).equals("mar") && !nearDay(t, i))) {
            return null;
        }
        Integer day = null;
        if (i + 1 < t.size() && isDay(t.get(i + 1))) {
            day = Integer.parseInt(t.get(i + 1));
        } else if (i >= 1 && isDay(t.get(i - 1))) {
            day = Integer.parseInt(t.get(i - 1));
        } else if (i >= 2
                && isDay(t.get(i - 2))
                && (t.get(i - 1).equals("of") || t.get(i - 1).equals("ya"))) {
            day = Integer.parseInt(t.get(i - 2));
        }
        if (day == null) {
            return null;
        }
        return onOrAfter(Integer.parseInt(month), day, reference);
    }

    private static boolean nearDay(List<String> t, int i) {
        return (i + 1 < t.size() && isDay(t.get(i + 1)))
                || (i >= 1 && isDay(t.get(i - 1)))
                || (i >= 2 && isDay(t.get(i - 2)) && t.get(i - 1).equals("of"));
    }

    static boolean isDay(String word) {
        return word.matches("\\d{1,2}") && Integer.parseInt(word) >= 1 && Integer.parseInt(word) <= 31;
    }

    static LocalDate onOrAfter(int month, int day, LocalDate reference) {
        for (int year = reference.getYear(); year <= reference.getYear() + 1; year++) {
            try {
                LocalDate date = LocalDate.of(year, month, day);
                if (!date.isBefore(reference)) {
                    return date;
                }
            } catch (java.time.DateTimeException invalid) {
                return null;
            }
        }
        return null;
    }
}
