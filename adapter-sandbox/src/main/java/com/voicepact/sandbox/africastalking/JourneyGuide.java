package com.voicepact.sandbox.africastalking;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone simulator's guided journey (README, "The whole journey by hand, offline"), followed from what the sandbox
 * sees on its phones: the contract summary reaching the parties, each party's YES (by SMS, or confirmed on USSD) or the
 * "confirmed by all parties" SMS (however they confirmed: the operator API too), the escrow funded, the delivery alert,
 * the buyer's ACCEPT and the "Payment Released" SMS. It follows the first contract whose summary arrives, and the next
 * one once that one's payment was released. English and Kiswahili texts are read.
 */
final class JourneyGuide {

    /** The steps, in the README's order. */
    enum Step {
        CREATED,
        CONFIRMED,
        PAID,
        DELIVERED,
        ACCEPTED,
        RELEASED
    }

    /** What the guide knows: the contract followed (null before any summary), its parties, each step's state. */
    record Progress(String contractId, List<String> parties, List<String> confirmedBy, Map<Step, Boolean> steps) {}

    private static final Pattern CONTRACT_ID = Pattern.compile("\\b([A-Z]{2}-\\d{4}-\\d{6})\\b");
    private static final Pattern CONFIRMED_ON_USSD =
            Pattern.compile("^END (Contract \\S+ confirmed|Mkataba \\S+ umekubaliwa)");

    private String contractId;
    private final Set<String> parties = new LinkedHashSet<>();
    private final Set<String> confirmedBy = new LinkedHashSet<>();
    private final Map<Step, Boolean> steps = new LinkedHashMap<>();

    JourneyGuide() {
        reset(null);
    }

    /** An SMS reached {@code phone}; true when the progress changed. */
    synchronized boolean received(String phone, String text) {
        String id = contractIn(text);
        if (id == null) {
            return false;
        }
        if (startsWith(text, "VoicePact Contract Summary:", "VoicePact Muhtasari wa Mkataba:")) {
            if (contractId == null || steps.get(Step.RELEASED) && !id.equals(contractId)) {
                reset(id);
            }
            return id.equals(contractId) && (parties.add(phone) | mark(Step.CREATED));
        }
        if (!id.equals(contractId)) {
            return false;
        }
        if (startsWith(
                text,
                "VoicePact: Contract " + id + " is confirmed by all parties",
                "VoicePact: Mkataba " + id + " umekubaliwa na pande zote")) {
            // sent to every party whatever the channel they confirmed on, also the operator API's confirmations
            return confirmedBy.addAll(parties) | mark(Step.CONFIRMED);
        }
        if (startsWith(text, "VoicePact Escrow Funded:", "VoicePact Malipo Yamekamilika:")) {
            return mark(Step.PAID);
        }
        if (startsWith(text, "VoicePact Delivery Alert:", "VoicePact Taarifa ya Uwasilishaji:")) {
            return mark(Step.DELIVERED);
        }
        return startsWith(text, "VoicePact Payment Released:", "VoicePact Malipo Yametolewa:") && mark(Step.RELEASED);
    }

    /** {@code phone} sent {@code text} to the short code; true when the progress changed. */
    synchronized boolean sent(String phone, String text) {
        String compact = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (contractId == null || !compact.contains(contractId.replace("-", ""))) {
            return false;
        }
        if (compact.startsWith("YES") || compact.startsWith("NDIYO") || compact.startsWith("NDIO")) {
            return confirmed(phone);
        }
        return compact.startsWith("ACCEPT") && mark(Step.ACCEPTED);
    }

    /** The app answered {@code screen} to a USSD hop of {@code phone}; true when the progress changed. */
    synchronized boolean ussd(String phone, String screen) {
        Matcher confirmed = CONFIRMED_ON_USSD.matcher(screen);
        return confirmed.find() && contractId != null && screen.contains(contractId) && confirmed(phone);
    }

    synchronized Progress progress() {
        return new Progress(contractId, List.copyOf(parties), List.copyOf(confirmedBy), Map.copyOf(steps));
    }

    private boolean confirmed(String phone) {
        boolean added = confirmedBy.add(phone);
        boolean all = confirmedBy.containsAll(parties) && parties.size() > 1;
        return added | (all && mark(Step.CONFIRMED));
    }

    private boolean mark(Step step) {
        return !Boolean.TRUE.equals(steps.put(step, true));
    }

    private void reset(String id) {
        contractId = id;
        parties.clear();
        confirmedBy.clear();
        for (Step step : Step.values()) {
            steps.put(step, false);
        }
    }

    private static String contractIn(String text) {
        Matcher m = CONTRACT_ID.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static boolean startsWith(String text, String english, String swahili) {
        return text.startsWith(english) || text.startsWith(swahili);
    }
}
