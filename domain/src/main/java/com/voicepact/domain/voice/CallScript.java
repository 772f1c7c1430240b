package com.voicepact.domain.voice;

import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.messaging.Language;
import java.util.List;
import java.util.stream.Collectors;

/**
 * AT's voice XML for an answered negotiation call: a consent notice ({@code Say}), then a recorded
 * {@code Dial} of the other parties. Every value is XML-escaped.
 */
public final class CallScript {

    private CallScript() {}

    public static String consentAndDial(List<PhoneNumber> others, Language language) {
        String notice = language == Language.SW
                ? "Karibu VoicePact. Simu hii inarekodiwa ili kuandika mkataba wenu. Tafadhali subiri tunapompigia mwenzako."
                : "Welcome to VoicePact. This call is recorded to write your contract. Please hold while we call the other party.";
        String numbers = others.stream().map(PhoneNumber::e164).collect(Collectors.joining(","));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say voice=\"woman\" playBeep=\"false\">"
                + escape(notice)
                + "</Say><Dial phoneNumbers=\"" + escape(numbers)
                + "\" record=\"true\" sequential=\"true\" maxDuration=\"1800\"/>"
                + "</Response>";
    }

    /** For an active-call callback of a call we do not know: say why, and hang up. */
    public static String reject(String reason) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say voice=\"woman\">" + escape(reason)
                + "</Say><Reject/></Response>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
