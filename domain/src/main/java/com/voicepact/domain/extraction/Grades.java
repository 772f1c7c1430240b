package com.voicepact.domain.extraction;

import java.util.List;

/** The quality grade of the produce. */
final class Grades {

    private Grades() {}

    /** "grade 2", "grade b", "daraja la kwanza" (grade 1): the quality said, as "grade N". */
    static String find(List<String> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).equals("grade") && t.get(i + 1).matches("[1-5]|[a-e]")) {
                return "grade " + t.get(i + 1);
            }
            if (t.get(i).equals("daraja") && i + 2 < t.size() && t.get(i + 1).matches("la|ya")) {
                String grade = switch (t.get(i + 2)) {
                    case "kwanza" -> "1";
                    case "pili" -> "2";
                    case "tatu", "3" -> "3";
                    default -> null;
                };
                if (grade != null) {
                    return "grade " + grade;
                }
            }
        }
        return null;
    }
}
