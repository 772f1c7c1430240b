package com.voicepact.bootstrap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a markdown table {@code | variable | default | unit | meaning |} with a catalogue of {@link Variable}s and
 * names every difference in one line: a variable on one side only, a unit or a default that differs, a row cut off
 * from its table by a blank line.
 */
final class ConfigurationTable {

    static final String HEADER = "| variable | default | unit | meaning |";
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|");

    private ConfigurationTable() {}

    /** The differences between the table in {@code markdown} and {@code catalogue}; empty when they agree. */
    static List<String> problems(String markdown, Collection<Variable> catalogue) {
        List<String> problems = new ArrayList<>();
        Map<String, String[]> rows = rows(markdown, problems);
        for (Variable variable : catalogue) {
            String[] cells = rows.remove(variable.name());
            if (cells == null) {
                problems.add(variable + ": read by the code, missing from the table");
                continue;
            }
            if (!cells[2].equals(variable.unit().words)) {
                problems.add(variable + ": unit is '" + cells[2] + "' in the table, '" + variable.unit().words
                        + "' in the code");
            }
            String expected = variable.fallback().map(v -> "`" + v + "`").orElse("absent");
            if (!(cells[1].equals(expected)
                    || cells[1].startsWith(expected + " ")
                    || cells[1].startsWith(expected + ":"))) {
                problems.add(variable + ": default is '" + cells[1] + "' in the table, the code's is " + expected);
            }
        }
        rows.keySet().forEach(name -> problems.add(name + ": in the table, not read by the code"));
        return problems;
    }

    /** The rows of the one table under {@link #HEADER}, by variable name; rows outside it are reported. */
    private static Map<String, String[]> rows(String markdown, List<String> problems) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        String[] lines = markdown.split("\n", -1);
        int start = -1;
        for (int i = 0; i < lines.length && start < 0; i++) {
            start = lines[i].strip().equals(HEADER) ? i + 2 : -1;
        }
        if (start < 0) {
            problems.add("no table headed " + HEADER);
            return rows;
        }
        int i = start;
        for (; i < lines.length && lines[i].startsWith("|"); i++) {
            Matcher row = ROW.matcher(lines[i]);
            String[] cells = lines[i].substring(1).split("(?<!\\\\)\\|", -1);
            if (!row.find() || cells.length < 4) {
                problems.add("line " + (i + 1) + ": not a row of one backticked variable and four cells");
            } else if (rows.putIfAbsent(row.group(1), new String[] {row.group(1), cells[1].strip(), cells[2].strip()})
                    != null) {
                problems.add(row.group(1) + ": listed twice");
            }
        }
        for (; i < lines.length; i++) {
            if (ROW.matcher(lines[i]).find()) {
                problems.add("line " + (i + 1) + ": a variable row outside the table (a blank line splits it?)");
            }
        }
        return rows;
    }
}
