package com.voicepact.domain.messaging;

import java.util.Map;

/** The USSD menu's screens, items and answers. Lines stay short: a USSD screen shows about 182 characters. */
final class UssdTexts {

    static final Map<String, String> EN = Map.ofEntries(
            Map.entry(
                    "ussd.main",
                    "Welcome to VoicePact\n1. View My Contracts\n2. Confirm Delivery\n3. Check Payments\n4. Help & Support\n0. Exit"),
            Map.entry("ussd.exit", "Thank you for using VoicePact!"),
            Map.entry("ussd.list", "Your Contracts:"),
            Map.entry("ussd.list.delivery", "Awaiting Delivery Action:"),
            Map.entry("ussd.none", "No contracts here."),
            Map.entry("ussd.more", "98. More"),
            Map.entry("ussd.nav", "0. Back 00. Home"),
            Map.entry("ussd.detail", "Contract Details\n{0}\nProduct: {1}\nValue: {2}\nStatus: {3}"),
            Map.entry("ussd.act.confirm", "Confirm"),
            Map.entry("ussd.act.decline", "Decline"),
            Map.entry("ussd.act.full", "Full Delivery"),
            Map.entry("ussd.act.partial", "Partial Delivery"),
            Map.entry("ussd.act.issue", "Report Issue"),
            Map.entry("ussd.act.accept", "Accept Delivery"),
            Map.entry("ussd.quantity", "Enter quantity delivered ({0}):"),
            Map.entry("ussd.done.confirm", "Contract {0} confirmed.\nThank you!"),
            Map.entry("ussd.done.decline", "Contract {0} declined.\nIt is cancelled."),
            Map.entry(
                    "ussd.done.full", "Full delivery confirmed!\nBuyer will be notified.\nPayment will be processed."),
            Map.entry("ussd.done.partial", "Partial delivery of {0} confirmed!\nBuyer will be notified."),
            Map.entry("ussd.done.accept", "Delivery accepted!\nPayment to the seller is being released."),
            Map.entry("ussd.done.issue", "Issue reported.\nContract marked for review.\nSupport will contact you."),
            Map.entry("ussd.payments", "Payments:"),
            Map.entry("ussd.pay.held", "held {0}"),
            Map.entry("ussd.pay.owed", "owed {0}"),
            Map.entry("ussd.pay.released", "released {0}"),
            Map.entry("ussd.pay.refunded", "refunded {0}"),
            Map.entry(
                    "ussd.help",
                    "VoicePact Help\nCall 0700123456 for support\nSMS ''HELP'' to 40404\n1. Language / Lugha"),
            Map.entry("ussd.language", "Choose language / Chagua lugha\n1. English\n2. Kiswahili"),
            Map.entry("ussd.language.set", "Language set to English."),
            Map.entry("ussd.invalid", "Invalid choice."),
            Map.entry("ussd.invalid.quantity", "Enter a number above 0."),
            Map.entry("ussd.failed", "Not done: {0}"),
            Map.entry(
                    "ussd.release.started",
                    "Not done on {0}: the delivery was accepted and the payment to the seller has started."
                            + " It can no longer be disputed; please call support."),
            Map.entry("ussd.too.long", "This session is too long. Please dial again."),
            Map.entry("ussd.other.phone", "This session belongs to another phone. Please dial again."),
            Map.entry("ussd.error", "Service temporarily unavailable. Please try again later."));

    static final Map<String, String> SW = Map.ofEntries(
            Map.entry(
                    "ussd.main",
                    "Karibu VoicePact\n1. Mikataba Yangu\n2. Thibitisha Uwasilishaji\n3. Angalia Malipo\n4. Msaada\n0. Toka"),
            Map.entry("ussd.exit", "Asante kwa kutumia VoicePact!"),
            Map.entry("ussd.list", "Mikataba Yako:"),
            Map.entry("ussd.list.delivery", "Inasubiri Hatua ya Uwasilishaji:"),
            Map.entry("ussd.none", "Hakuna mikataba hapa."),
            Map.entry("ussd.more", "98. Zaidi"),
            Map.entry("ussd.nav", "0. Rudi 00. Mwanzo"),
            Map.entry("ussd.detail", "Maelezo ya Mkataba\n{0}\nBidhaa: {1}\nThamani: {2}\nHali: {3}"),
            Map.entry("ussd.act.confirm", "Kubali"),
            Map.entry("ussd.act.decline", "Kataa"),
            Map.entry("ussd.act.full", "Uwasilishaji Kamili"),
            Map.entry("ussd.act.partial", "Uwasilishaji wa Sehemu"),
            Map.entry("ussd.act.issue", "Ripoti Tatizo"),
            Map.entry("ussd.act.accept", "Kubali Bidhaa"),
            Map.entry("ussd.quantity", "Weka kiasi kilichowasilishwa ({0}):"),
            Map.entry("ussd.done.confirm", "Mkataba {0} umekubaliwa.\nAsante!"),
            Map.entry("ussd.done.decline", "Mkataba {0} umekataliwa.\nUmesitishwa."),
            Map.entry(
                    "ussd.done.full",
                    "Uwasilishaji kamili umethibitishwa!\nMnunuzi atajulishwa.\nMalipo yatashughulikiwa."),
            Map.entry("ussd.done.partial", "Uwasilishaji wa {0} umethibitishwa!\nMnunuzi atajulishwa."),
            Map.entry("ussd.done.accept", "Bidhaa zimekubaliwa!\nMalipo kwa muuzaji yanatolewa."),
            Map.entry(
                    "ussd.done.issue",
                    "Tatizo limeripotiwa.\nMkataba utakaguliwa.\nHuduma kwa wateja watawasiliana nawe."),
            Map.entry("ussd.payments", "Malipo:"),
            Map.entry("ussd.pay.held", "imeshikiliwa {0}"),
            Map.entry("ussd.pay.owed", "inadaiwa {0}"),
            Map.entry("ussd.pay.released", "imelipwa {0}"),
            Map.entry("ussd.pay.refunded", "imerejeshwa {0}"),
            Map.entry(
                    "ussd.help",
                    "Msaada wa VoicePact\nPiga 0700123456 kwa msaada\nTuma SMS ''HELP'' kwa 40404\n1. Language / Lugha"),
            Map.entry("ussd.language", "Choose language / Chagua lugha\n1. English\n2. Kiswahili"),
            Map.entry("ussd.language.set", "Lugha imewekwa: Kiswahili."),
            Map.entry("ussd.invalid", "Chaguo si sahihi."),
            Map.entry("ussd.invalid.quantity", "Weka namba zaidi ya 0."),
            Map.entry("ussd.failed", "Haijafanyika: {0}"),
            Map.entry(
                    "ussd.release.started",
                    "Haijafanyika kwa {0}: bidhaa zimekubaliwa na malipo kwa muuzaji yameanza."
                            + " Haiwezi kupingwa tena; tafadhali wasiliana na huduma kwa wateja."),
            Map.entry("ussd.too.long", "Kipindi hiki ni kirefu mno. Tafadhali piga tena."),
            Map.entry("ussd.other.phone", "Kipindi hiki ni cha simu nyingine. Tafadhali piga tena."),
            Map.entry("ussd.error", "Huduma haipatikani kwa sasa. Tafadhali jaribu tena baadaye."));

    private UssdTexts() {}
}
