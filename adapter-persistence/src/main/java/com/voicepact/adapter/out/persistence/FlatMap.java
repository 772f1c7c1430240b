package com.voicepact.adapter.out.persistence;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A string map in one text column, form-encoded ({@code a=1&b=x%20y}), sorted for stable storage. */
final class FlatMap {

    private FlatMap() {}

    static String encode(Map<String, String> map) {
        return new TreeMap<>(map)
                .entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    static Map<String, String> decode(String text) {
        Map<String, String> map = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return map;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            map.put(dec(pair.substring(0, eq)), dec(pair.substring(eq + 1)));
        }
        return map;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
