package com.voicepact.domain.messaging;

/**
 * How many SMS a text costs: GSM-7 fits 160 characters in one message and 153 per part when split
 * (extension characters such as {@code €} or {@code [} count twice); any other character makes the
 * whole text UCS-2: 70, then 67 per part.
 */
public final class SmsSegments {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    private SmsSegments() {
    }

    public static int count(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return ucs2(text.length()); // UTF-16 code units, as UCS-2 counts them
            }
        }
        return septets <= 160 ? 1 : (septets + 152) / 153;
    }

    private static int ucs2(int units) {
        return units <= 70 ? 1 : (units + 66) / 67;
    }

    public static boolean isGsm7(String text) {
        return text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
    }
}
