package com.voicepact.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every string of the console exists in English and in Kiswahili, and every key the page and its scripts use is
 * defined: a text added in one language only, or a key mistyped, fails here rather than showing its key to an operator.
 */
class ConsolePageTextsTest {

    private static final Pattern KEY = Pattern.compile("^\\s+(\\w+): ['\"]", Pattern.MULTILINE);

    private static String resource(String name) throws IOException {
        try (InputStream in = ConsolePageTextsTest.class.getResourceAsStream("/console/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> keysOf(String block) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = KEY.matcher(block);
        while (m.find()) {
            keys.add(m.group(1));
        }
        // several keys share a line: pick up the ones after commas as well
        Matcher inline = Pattern.compile(",\\s+(\\w+): ['\"]").matcher(block);
        while (inline.find()) {
            keys.add(inline.group(1));
        }
        return keys;
    }

    private static Set<String> used(String text, String regex) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void givenTheConsolesTexts_whenBothLanguagesAreCompared_thenEachHasEveryKey_andEveryKeyUsedIsDefined()
            throws IOException {
        String texts = resource("i18n.js");
        int sw = texts.indexOf("\n  sw: {");
        Set<String> english = keysOf(texts.substring(texts.indexOf("\n  en: {"), sw));
        Set<String> swahili = keysOf(texts.substring(sw));

        assertThat(english).hasSizeGreaterThan(100);
        assertThat(swahili).containsExactlyInAnyOrderElementsOf(english);

        Set<String> usedKeys = new LinkedHashSet<>();
        usedKeys.addAll(used(resource("index.html"), "data-i18n(?:-placeholder)?=\"(\\w+)\""));
        String scripts = resource("console.js") + resource("views.js");
        usedKeys.addAll(used(scripts, "\\bt\\('(\\w+)'"));
        usedKeys.addAll(used(scripts, "VP\\.t\\('(\\w+)'"));
        usedKeys.addAll(used(scripts, "button\\('(\\w+)'"));
        assertThat(usedKeys).hasSizeGreaterThan(60);
        // keys made from a value the service sends: every value it can send has its text
        assertThat(usedKeys).contains("status_", "role_", "pay_", "payout_", "out_", "kind_");
        usedKeys.removeIf(k -> k.endsWith("_"));
        for (String status :
                java.util.List.of("pending", "confirmed", "active", "completed", "disputed", "cancelled", "expired")) {
            usedKeys.add("status_" + status);
        }
        for (String status : java.util.List.of(
                "pending", "locked", "failed", "expired", "releasing", "released", "refunding", "refunded")) {
            usedKeys.add("pay_" + status);
        }
        for (String state : java.util.List.of("requested", "sending", "sent", "confirmed", "failed")) {
            usedKeys.add("out_" + state);
        }
        for (String kind : java.util.List.of(
                "pending_past_window", "unknown_outcome", "surplus_refund", "amount_mismatch", "flagged_event")) {
            usedKeys.add("kind_" + kind);
        }
        usedKeys.addAll(java.util.List.of("role_buyer", "role_seller", "payout_release", "payout_refund"));
        assertThat(english).containsAll(usedKeys);
    }
}
