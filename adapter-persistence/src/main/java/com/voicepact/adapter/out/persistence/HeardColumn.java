package com.voicepact.adapter.out.persistence;

import com.voicepact.domain.extraction.ExtractedTerms;
import com.voicepact.domain.extraction.ExtractedTerms.Field;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A draft's heard terms in one column: {@code field=confidence:value} per term present, joined by {@code ;}, the
 * value URL-encoded (so no {@code ;}, {@code =} or line break of a spoken word can split an entry); fields under the
 * negotiation corpus's names ({@link ExtractedTerms#byName()}). A term not present is not written.
 */
final class HeardColumn {

    private HeardColumn() {}

    static String write(ExtractedTerms heard) {
        return heard.byName().entrySet().stream()
                .filter(e -> e.getValue().present())
                .map(e -> e.getKey() + "=" + e.getValue().confidence() + ":"
                        + URLEncoder.encode(String.valueOf(e.getValue().value()), StandardCharsets.UTF_8))
                .collect(Collectors.joining(";"));
    }

    static ExtractedTerms read(String column) {
        Map<String, String[]> entries = new HashMap<>();
        for (String entry : column.isEmpty() ? new String[0] : column.split(";")) {
            int eq = entry.indexOf('=');
            int colon = entry.indexOf(':', eq);
            entries.put(entry.substring(0, eq), new String[] {
                entry.substring(eq + 1, colon), URLDecoder.decode(entry.substring(colon + 1), StandardCharsets.UTF_8)
            });
        }
        return new ExtractedTerms(
                field(entries, "product", v -> v),
                field(entries, "quantity", BigDecimal::new),
                field(entries, "unit", v -> v),
                field(entries, "unit_price", BigDecimal::new),
                field(entries, "total_amount", BigDecimal::new),
                field(entries, "currency", v -> v),
                field(entries, "delivery_location", v -> v),
                field(entries, "delivery_deadline", LocalDate::parse),
                field(entries, "quality_requirements", v -> v));
    }

    private static <T> Field<T> field(Map<String, String[]> entries, String name, Function<String, T> parse) {
        String[] entry = entries.get(name);
        return entry == null ? Field.none() : Field.of(parse.apply(entry[1]), Double.parseDouble(entry[0]));
    }
}
