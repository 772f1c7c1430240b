package com.voicepact.domain.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Deadlines said relative to the day of the call: "kesho", "tomorrow", "kesho kutwa", "next friday",
 * "mwisho wa mwezi", "end of the month", "next week", "in 3 days", "baada ya siku tatu", "end of february".
 * "every tuesday" is a schedule, not a deadline.
 */
final class RelativeDates {

    private RelativeDates() {}

    /** A deadline said relative to the day of the call, starting at word {@code i}; null when none starts there. */
    static LocalDate at(List<String> t, int i, LocalDate reference) {
        String w = t.get(i);
        String next = i + 1 < t.size() ? t.get(i + 1) : "";
        String after = i + 2 < t.size() ? t.get(i + 2) : "";
        if ((w.equals("kesho") && next.equals("kutwa"))
                || w.equals("keshokutwa")
                || (w.equals("day") && next.equals("after") && after.equals("tomorrow"))) {
            return reference.plusDays(2);
        }
        boolean dayAfter = i > 0 && t.get(i - 1).equals("after"); // "the day after tomorrow" was read at "day"
        if (w.equals("kesho") || (w.equals("tomorrow") && !dayAfter)) {
            return reference.plusDays(1);
        }
        if ((w.equals("in") || w.equals("within")) && next.matches("a|one|1") && after.equals("week")) {
            return reference.plusWeeks(1);
        }
        if (w.equals("today") || w.equals("leo")) {
            return reference;
        }
        if ((w.equals("mwisho") && next.equals("wa") && after.equals("mwezi"))
                || (w.equals("end") && monthEnd(t, i))
                || (w.equals("month") && next.equals("end"))) {
            boolean nextMonth = t.subList(i, Math.min(t.size(), i + 5)).stream()
                    .anyMatch(x -> x.equals("ujao") || x.equals("next"));
            LocalDate base = nextMonth ? reference.plusMonths(1) : reference;
            return base.with(TemporalAdjusters.lastDayOfMonth());
        }
        if (isNextWeek(t, i)) {
            Integer day = weekdayNear(t, i);
            return day == null ? reference.plusWeeks(1) : dayOfNextWeek(reference, day);
        }
        if ((w.equals("in") || w.equals("within") || w.equals("baada") || w.equals("after"))
                && TermExtractor.isNumber(next.equals("ya") ? after : next)) {
            return inSome(t, i, reference);
        }
        if ((w.equals("baada") || w.equals("ndani"))
                && next.equals("ya")
                && (after.equals("siku") || after.equals("wiki"))
                && i + 3 < t.size()
                && TermExtractor.isNumber(t.get(i + 3))) {
            long n = new java.math.BigDecimal(t.get(i + 3)).longValue();
            return after.equals("siku") ? reference.plusDays(n) : reference.plusWeeks(n); // baada ya siku tatu
        }
        if ((w.equals("end") && next.equals("of") || w.equals("mwisho") && next.equals("wa"))
                && CalendarWords.MONTHS.containsKey(after)) {
            int month = Integer.parseInt(CalendarWords.MONTHS.get(after));
            LocalDate end = reference.withMonth(month).with(TemporalAdjusters.lastDayOfMonth());
            return end.isBefore(reference)
                    ? end.plusYears(1).with(TemporalAdjusters.lastDayOfMonth())
                    : end; // end of february
        }
        Integer weekday = CalendarWords.WEEKDAYS.get(w);
        if (weekday != null
                && !(i > 0 && (t.get(i - 1).equals("every") || t.get(i - 1).equals("kila")))) {
            boolean nextWeek = false;
            for (int j = Math.max(0, i - 4); j <= Math.min(t.size() - 1, i + 3); j++) {
                nextWeek |= j != i && isNextWeek(t, j) && weekdayNear(t, j) != null;
            }
            return nextWeek
                    ? dayOfNextWeek(reference, weekday)
                    : reference.with(TemporalAdjusters.next(DayOfWeek.of(weekday)));
        }
        return null;
    }

    /** "next week", "wiki ijayo", "wiki inayokuja", "wiki ijao" starting at word {@code i}. */
    private static boolean isNextWeek(List<String> t, int i) {
        String next = i + 1 < t.size() ? t.get(i + 1) : "";
        return (t.get(i).equals("next") && next.equals("week"))
                || (t.get(i).equals("wiki") && next.matches("ijayo|ijao|inayokuja|ijayo's|ujao"));
    }

    /** The weekday said with the "next week" at {@code i}: "friday next week", "next week on friday", "ijumaa ya wiki ijayo". */
    private static Integer weekdayNear(List<String> t, int i) {
        for (int j : new int[] {i - 1, i - 2, i + 2, i + 3, i + 4}) {
            if (j >= 0 && j < t.size() && CalendarWords.WEEKDAYS.containsKey(t.get(j))) {
                boolean between = j < i
                        ? j == i - 1 || t.get(i - 1).matches("ya|of|la")
                        : j == i + 2 || t.subList(i + 2, j).stream().allMatch(x -> x.matches("on|the|siku|ya|la"));
                if (between) {
                    return CalendarWords.WEEKDAYS.get(t.get(j));
                }
            }
        }
        return null;
    }

    /** That weekday (Monday = 1) of the Monday-to-Sunday week after the call's week. */
    private static LocalDate dayOfNextWeek(LocalDate reference, int weekday) {
        return reference.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(weekday - 1L);
    }

    private static boolean monthEnd(List<String> t, int i) {
        return t.subList(i, Math.min(t.size(), i + 4)).contains("month");
    }

    /** "in 3 days", "in 2 weeks", "baada ya siku 3", "baada ya wiki 2". */
    private static LocalDate inSome(List<String> t, int i, LocalDate reference) {
        int n = t.get(i + 1).equals("ya") ? i + 2 : i + 1;
        String unitBefore = n - 1 > i ? t.get(n - 1) : "";
        String unitAfter = n + 1 < t.size() ? t.get(n + 1) : "";
        String unit = unitAfter.isEmpty() ? unitBefore : unitAfter;
        if (n >= t.size() || n > i + 3) {
            return null;
        }
        long count = new java.math.BigDecimal(t.get(n)).longValue();
        String before = n >= 1 ? t.get(n - 1) : "";
        if (unit.startsWith("day") || before.equals("siku") || unit.equals("siku")) {
            return reference.plusDays(count);
        }
        if (unit.startsWith("week") || before.equals("wiki") || unit.equals("wiki")) {
            return reference.plusWeeks(count);
        }
        return null;
    }
}
