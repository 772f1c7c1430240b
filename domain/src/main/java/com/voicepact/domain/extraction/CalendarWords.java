package com.voicepact.domain.extraction;

import java.util.LinkedHashMap;
import java.util.Map;

/** Month and weekday names, English and Swahili, with their numbers (January = 1, Monday = 1). */
final class CalendarWords {

    static final Map<String, String> MONTHS = new LinkedHashMap<>();
    static final Map<String, Integer> WEEKDAYS = new LinkedHashMap<>();

    static {
        String[][] months = {
            {"january", "jan", "januari"},
            {"february", "feb", "februari"},
            {"march", "mar", "machi"},
            {"april", "apr", "aprili"},
            {"may", "mei"},
            {"june", "jun", "juni"},
            {"july", "jul", "julai"},
            {"august", "aug", "agosti"},
            {"september", "sep", "sept", "septemba"},
            {"october", "oct", "oktoba"},
            {"november", "nov", "novemba"},
            {"december", "dec", "desemba", "disemba"}
        };
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) {
                MONTHS.put(name, Integer.toString(m + 1));
            }
        }
        String[][] days = {
            {"monday", "jumatatu", "mon"},
            {"tuesday", "jumanne", "tue", "tues"},
            {"wednesday", "jumatano", "wed"},
            {"thursday", "alhamisi", "thur", "thurs"},
            {"friday", "ijumaa", "fri"},
            {"saturday", "jumamosi"},
            {"sunday", "jumapili"}
        };
        for (int d = 0; d < days.length; d++) {
            for (String name : days[d]) {
                WEEKDAYS.put(name, d + 1);
            }
        }
    }

    private CalendarWords() {}
}
