package com.voicepact.domain.extraction;

import java.time.LocalDate;
import java.util.List;

/**
 * A day with its month said by position rather than name: "tarehe tano mwezi ujao" / "the 5th of next month" (that
 * day of the month after the call's), "tarehe 20 mwezi huu" (of this month), "tarehe kumi mwezi wa nane" and
 * "mwezi wa kumi na mbili tarehe tano" (the Swahili month numbers: mwezi wa nane is August).
 */
final class MonthDays {

    private MonthDays() {}

    /** The date such words starting at word {@code i} say, or null. */
    static LocalDate at(List<String> t, int i, LocalDate reference) {
        Integer month = monthByNumber(t, i);
        if (month != null) {
            int day = -1;
            if (i >= 1 && Dates.isDay(t.get(i - 1))) {
                day = Integer.parseInt(t.get(i - 1)); // tarehe kumi mwezi wa nane
            } else if (i >= 2 && Dates.isDay(t.get(i - 2)) && t.get(i - 1).equals("ya")) {
                day = Integer.parseInt(t.get(i - 2));
            } else if (i + 4 < t.size() && t.get(i + 3).equals("tarehe") && Dates.isDay(t.get(i + 4))) {
                day = Integer.parseInt(t.get(i + 4)); // mwezi wa kumi na mbili tarehe tano
            }
            return day < 0 ? null : Dates.onOrAfter(month, day, reference);
        }
        if (!Dates.isDay(t.get(i)) || i == 0 || !marked(t, i)) {
            return null;
        }
        int j = i + 1;
        while (j < t.size() && t.get(j).matches("of|ya|the|la")) {
            j++;
        }
        String first = j < t.size() ? t.get(j) : "";
        String second = j + 1 < t.size() ? t.get(j + 1) : "";
        LocalDate base = null;
        if ((first.equals("next") && second.equals("month"))
                || (first.equals("mwezi") && second.matches("ujao|unaokuja|ujayo"))) {
            base = reference.plusMonths(1);
        } else if ((first.equals("this") && second.equals("month"))
                || (first.equals("mwezi") && second.equals("huu"))) {
            base = reference;
        }
        int day = Integer.parseInt(t.get(i));
        return base == null || day > base.lengthOfMonth() ? null : base.withDayOfMonth(day);
    }

    private static boolean marked(List<String> t, int i) {
        return Dates.DAY_MARKERS.contains(t.get(i - 1))
                || (i >= 2 && t.get(i - 1).equals("the") && Dates.DAY_MARKERS.contains(t.get(i - 2)));
    }

    /** "mwezi wa nane" (the eighth month, August) at word {@code i}: the month's number, else null. */
    private static Integer monthByNumber(List<String> t, int i) {
        if (i + 2 < t.size()
                && t.get(i).equals("mwezi")
                && t.get(i + 1).equals("wa")
                && t.get(i + 2).matches("[1-9]|1[0-2]")) {
            return Integer.parseInt(t.get(i + 2));
        }
        return null;
    }
}
