package com.voicepact.domain.messaging;

import java.util.Map;

/**
 * Every text a phone user reads (SMS and USSD), in English and Swahili. Placeholders are {@code {0}},
 * {@code {1}}, ... A key missing in one language is a test failure, not a runtime surprise.
 */
public final class Catalog {

    static final Map<String, String> EN = Map.ofEntries(
            Map.entry("sms.summary", "VoicePact Contract Summary:\nID: {0}\nProduct: {1}\nTotal: {2}, Due: {3}\nReply YES-{0} to confirm or NO-{0} to decline"),
            Map.entry("sms.received", "VoicePact Payment Received:\nContract: {0}\nAmount: {1}\nHeld in escrow: {2}\nStill owed: {3}"),
            Map.entry("sms.funded.buyer", "VoicePact Escrow Funded:\nContract: {0}\nHeld: {1}\nThe seller will deliver now. When the goods arrive reply ACCEPT-{0}, or DISPUTE-{0} and the problem."),
            Map.entry("sms.funded.seller", "VoicePact Escrow Funded:\nContract: {0}\nThe buyer''s {1} is held in escrow. Deliver the goods, then reply DELIVERED-{0}. You are paid when the buyer accepts."),
            Map.entry("sms.surplus", "VoicePact Refund:\nContract: {0}\nYour payment of {1} came after the contract total ({2}) was already paid. It is being returned to you."),
            Map.entry("sms.surplus.ended", "VoicePact Refund:\nContract: {0}\nYour payment of {1} came after the contract was {2}. It is being returned to you."),
            Map.entry("sms.released", "VoicePact Payment Released:\nContract: {0}\nAmount: {1}\nTo: {2}\nTransaction ID: {3}"),
            Map.entry("sms.refunded", "VoicePact Payment Refunded:\nContract: {0}\nAmount: {1}\nTo: {2}\nTransaction ID: {3}"),
            Map.entry("sms.delivery", "VoicePact Delivery Alert:\nContract: {0}\nType: {1}\nPlease inspect and reply:\nACCEPT-{0} or DISPUTE-{0}"),
            Map.entry("sms.delivery.full", "Full delivery claimed"),
            Map.entry("sms.delivery.partial", "Partial delivery claimed ({0})"),
            Map.entry("sms.dispute", "VoicePact Dispute:\nContract: {0}\nReason: {1}\nPayment is on hold. Support will contact you."),
            Map.entry("sms.confirmed", "VoicePact: Contract {0} is confirmed by all parties. The buyer''s payment will be held in escrow until delivery is accepted."),
            Map.entry("sms.cancelled", "VoicePact: Contract {0} was declined and is cancelled."),
            Map.entry("sms.expired", "VoicePact: Contract {0} expired before every party confirmed it."),
            Map.entry("sms.ack.yes", "VoicePact: You confirmed contract {0}. Waiting for the other parties."),
            Map.entry("sms.ack.no", "VoicePact: You declined contract {0}. It is cancelled."),
            Map.entry("sms.ack.delivered", "VoicePact: Delivery recorded for {0}. The buyer will be asked to accept."),
            Map.entry("sms.ack.accept", "VoicePact: You accepted delivery for {0}. Payment to the seller is being released."),
            Map.entry("sms.ack.dispute", "VoicePact: Your issue on {0} is recorded. Support will contact you."),
            Map.entry("sms.status", "VoicePact {0}: {1}. Product: {2}. Value: {3}."),
            Map.entry("sms.help", "VoicePact commands: YES-<id>, NO-<id>, DELIVERED-<id>, ACCEPT-<id>, DISPUTE-<id> <reason>, STATUS-<id>. Dial {0} for the menu."),
            Map.entry("sms.stranger", "VoicePact: This phone is not a party to contract {0} (or not in the role needed), so nothing was changed."),
            Map.entry("sms.refused", "VoicePact: {0} was not changed: {1}"),
            Map.entry("sms.unknown", "VoicePact: Message not understood. Reply HELP for the commands."),
            Map.entry("sms.incomplete", "VoicePact: Your call was recorded but no contract was made: we did not hear the {0}. Please call again and say it clearly."),
            Map.entry("sms.call.failed", "VoicePact: Your negotiation call could not be recorded ({0}). Please try again."),
            Map.entry("sms.payment.failed", "VoicePact Payment Failed:\nContract: {0}\nAmount: {1}\nReason: {2}\nNothing is held for it. To pay, ask for a new payment request."),
            Map.entry("pay.reason.payer_cancelled", "the payment was cancelled on the phone"),
            Map.entry("pay.reason.wrong_pin", "the M-Pesa PIN entered was wrong"),
            Map.entry("pay.reason.payer_unreachable", "the phone could not be reached (switched off or no answer)"),
            Map.entry("pay.reason.insufficient_funds", "there was not enough money in the M-Pesa account"),
            Map.entry("pay.reason.limit_reached", "an M-Pesa limit was reached (amount or daily limit)"),
            Map.entry("pay.reason.recipient_invalid", "the phone number is not registered or not active on M-Pesa"),
            Map.entry("pay.reason.duplicate", "M-Pesa refused the same amount again within 2 minutes"),
            Map.entry("pay.reason.provider_busy", "M-Pesa was busy"),
            Map.entry("pay.reason.other", "M-Pesa could not complete the payment"),
            Map.entry("term.product", "product"), Map.entry("term.quantity", "quantity"), Map.entry("term.price", "price"),
            Map.entry("status.pending", "pending"), Map.entry("status.confirmed", "confirmed"), Map.entry("status.active", "active"),
            Map.entry("status.completed", "completed"), Map.entry("status.disputed", "disputed"),
            Map.entry("status.cancelled", "cancelled"), Map.entry("status.expired", "expired"),
            Map.entry("pay.pending", "pending"), Map.entry("pay.locked", "held"), Map.entry("pay.failed", "failed"),
            Map.entry("pay.expired", "expired"), Map.entry("pay.releasing", "paying out"), Map.entry("pay.released", "paid out"),
            Map.entry("pay.refunding", "refunding"), Map.entry("pay.refunded", "refunded"),
            Map.entry("ussd.main", "Welcome to VoicePact\n1. View My Contracts\n2. Confirm Delivery\n3. Check Payments\n4. Help & Support\n0. Exit"),
            Map.entry("ussd.exit", "Thank you for using VoicePact!"),
            Map.entry("ussd.list", "Your Contracts:"),
            Map.entry("ussd.list.delivery", "Awaiting Delivery Action:"),
            Map.entry("ussd.none", "No contracts here."),
            Map.entry("ussd.more", "98. More"),
            Map.entry("ussd.nav", "0. Back 00. Home"),
            Map.entry("ussd.detail", "Contract Details\n{0}\nProduct: {1}\nValue: {2}\nStatus: {3}"),
            Map.entry("ussd.act.confirm", "Confirm"), Map.entry("ussd.act.decline", "Decline"),
            Map.entry("ussd.act.full", "Full Delivery"), Map.entry("ussd.act.partial", "Partial Delivery"),
            Map.entry("ussd.act.issue", "Report Issue"), Map.entry("ussd.act.accept", "Accept Delivery"),
            Map.entry("ussd.quantity", "Enter quantity delivered ({0}):"),
            Map.entry("ussd.done.confirm", "Contract {0} confirmed.\nThank you!"),
            Map.entry("ussd.done.decline", "Contract {0} declined.\nIt is cancelled."),
            Map.entry("ussd.done.full", "Full delivery confirmed!\nBuyer will be notified.\nPayment will be processed."),
            Map.entry("ussd.done.partial", "Partial delivery of {0} confirmed!\nBuyer will be notified."),
            Map.entry("ussd.done.accept", "Delivery accepted!\nPayment to the seller is being released."),
            Map.entry("ussd.done.issue", "Issue reported.\nContract marked for review.\nSupport will contact you."),
            Map.entry("ussd.payments", "Payments:"),
            Map.entry("ussd.pay.held", "held {0}"), Map.entry("ussd.pay.owed", "owed {0}"),
            Map.entry("ussd.pay.released", "released {0}"), Map.entry("ussd.pay.refunded", "refunded {0}"),
            Map.entry("ussd.help", "VoicePact Help\nCall 0700123456 for support\nSMS ''HELP'' to 40404\n1. Language / Lugha"),
            Map.entry("ussd.language", "Choose language / Chagua lugha\n1. English\n2. Kiswahili"),
            Map.entry("ussd.language.set", "Language set to English."),
            Map.entry("ussd.invalid", "Invalid choice."),
            Map.entry("ussd.invalid.quantity", "Enter a number above 0."),
            Map.entry("ussd.failed", "Not done: {0}"),
            Map.entry("ussd.release.started", "Not done on {0}: the delivery was accepted and the payment to the seller has started."
                    + " It can no longer be disputed; please call support."),
            Map.entry("ussd.too.long", "This session is too long. Please dial again."),
            Map.entry("ussd.error", "Service temporarily unavailable. Please try again later."));

    static final Map<String, String> SW = Map.ofEntries(
            Map.entry("sms.summary", "VoicePact Muhtasari wa Mkataba:\nNambari: {0}\nBidhaa: {1}\nJumla: {2}, Tarehe: {3}\nJibu YES-{0} kukubali au NO-{0} kukataa"),
            Map.entry("sms.received", "VoicePact Malipo Yamepokelewa:\nMkataba: {0}\nKiasi: {1}\nYanayoshikiliwa: {2}\nBado kulipwa: {3}"),
            Map.entry("sms.funded.buyer", "VoicePact Malipo Yamekamilika:\nMkataba: {0}\nYanashikiliwa: {1}\nMuuzaji ataleta bidhaa sasa. Zikifika jibu ACCEPT-{0}, au DISPUTE-{0} na tatizo."),
            Map.entry("sms.funded.seller", "VoicePact Malipo Yamekamilika:\nMkataba: {0}\n{1} ya mnunuzi yanashikiliwa. Leta bidhaa, kisha jibu DELIVERED-{0}. Utalipwa mnunuzi akikubali."),
            Map.entry("sms.surplus", "VoicePact Marejesho:\nMkataba: {0}\nMalipo yako ya {1} yalifika baada ya jumla ya mkataba ({2}) kulipwa. Yanarudishwa kwako."),
            Map.entry("sms.surplus.ended", "VoicePact Marejesho:\nMkataba: {0}\nMalipo yako ya {1} yalifika baada ya mkataba kuwa {2}. Yanarudishwa kwako."),
            Map.entry("sms.released", "VoicePact Malipo Yametolewa:\nMkataba: {0}\nKiasi: {1}\nKwa: {2}\nNambari ya muamala: {3}"),
            Map.entry("sms.refunded", "VoicePact Malipo Yamerudishwa:\nMkataba: {0}\nKiasi: {1}\nKwa: {2}\nNambari ya muamala: {3}"),
            Map.entry("sms.delivery", "VoicePact Taarifa ya Uwasilishaji:\nMkataba: {0}\nAina: {1}\nTafadhali kagua na ujibu:\nACCEPT-{0} au DISPUTE-{0}"),
            Map.entry("sms.delivery.full", "Uwasilishaji kamili umedaiwa"),
            Map.entry("sms.delivery.partial", "Uwasilishaji wa sehemu umedaiwa ({0})"),
            Map.entry("sms.dispute", "VoicePact Mgogoro:\nMkataba: {0}\nSababu: {1}\nMalipo yamesimamishwa. Huduma kwa wateja watawasiliana nawe."),
            Map.entry("sms.confirmed", "VoicePact: Mkataba {0} umekubaliwa na pande zote. Malipo ya mnunuzi yatashikiliwa hadi bidhaa zikubaliwe."),
            Map.entry("sms.cancelled", "VoicePact: Mkataba {0} umekataliwa na umesitishwa."),
            Map.entry("sms.expired", "VoicePact: Mkataba {0} umeisha muda kabla ya pande zote kukubali."),
            Map.entry("sms.ack.yes", "VoicePact: Umekubali mkataba {0}. Tunasubiri pande nyingine."),
            Map.entry("sms.ack.no", "VoicePact: Umekataa mkataba {0}. Umesitishwa."),
            Map.entry("sms.ack.delivered", "VoicePact: Uwasilishaji wa {0} umerekodiwa. Mnunuzi ataombwa kukubali."),
            Map.entry("sms.ack.accept", "VoicePact: Umekubali bidhaa za {0}. Malipo kwa muuzaji yanatolewa."),
            Map.entry("sms.ack.dispute", "VoicePact: Tatizo lako kuhusu {0} limerekodiwa. Huduma kwa wateja watawasiliana nawe."),
            Map.entry("sms.status", "VoicePact {0}: {1}. Bidhaa: {2}. Thamani: {3}."),
            Map.entry("sms.help", "Amri za VoicePact: YES-<id>, NO-<id>, DELIVERED-<id>, ACCEPT-<id>, DISPUTE-<id> <sababu>, STATUS-<id>. Piga {0} kwa menyu."),
            Map.entry("sms.stranger", "VoicePact: Simu hii si mhusika wa mkataba {0} (au haina jukumu linalohitajika), hakuna kilichobadilishwa."),
            Map.entry("sms.refused", "VoicePact: {0} haikubadilishwa: {1}"),
            Map.entry("sms.unknown", "VoicePact: Ujumbe haukueleweka. Jibu HELP kupata amri."),
            Map.entry("sms.incomplete", "VoicePact: Simu yako imerekodiwa lakini mkataba haujaundwa: hatukusikia {0}. Tafadhali piga tena na useme wazi."),
            Map.entry("sms.call.failed", "VoicePact: Simu yenu ya makubaliano haikurekodiwa ({0}). Tafadhali jaribuni tena."),
            Map.entry("sms.payment.failed", "VoicePact Malipo Hayakufanikiwa:\nMkataba: {0}\nKiasi: {1}\nSababu: {2}\nHakuna kinachoshikiliwa. Kulipa, omba ombi jipya la malipo."),
            Map.entry("pay.reason.payer_cancelled", "malipo yalisitishwa kwenye simu"),
            Map.entry("pay.reason.wrong_pin", "PIN ya M-Pesa iliyoingizwa si sahihi"),
            Map.entry("pay.reason.payer_unreachable", "simu haikupatikana (imezimwa au haikujibu)"),
            Map.entry("pay.reason.insufficient_funds", "hakuna pesa za kutosha kwenye akaunti ya M-Pesa"),
            Map.entry("pay.reason.limit_reached", "kikomo cha M-Pesa kimefikiwa (kiasi au kikomo cha siku)"),
            Map.entry("pay.reason.recipient_invalid", "namba ya simu haijasajiliwa au haitumiki kwenye M-Pesa"),
            Map.entry("pay.reason.duplicate", "M-Pesa ilikataa kiasi kilekile tena ndani ya dakika 2"),
            Map.entry("pay.reason.provider_busy", "M-Pesa ilikuwa na shughuli nyingi"),
            Map.entry("pay.reason.other", "M-Pesa haikuweza kukamilisha malipo"),
            Map.entry("term.product", "bidhaa"), Map.entry("term.quantity", "kiasi"), Map.entry("term.price", "bei"),
            Map.entry("status.pending", "inasubiri"), Map.entry("status.confirmed", "imekubaliwa"), Map.entry("status.active", "inaendelea"),
            Map.entry("status.completed", "imekamilika"), Map.entry("status.disputed", "ina mgogoro"),
            Map.entry("status.cancelled", "imesitishwa"), Map.entry("status.expired", "imeisha muda"),
            Map.entry("pay.pending", "inasubiri"), Map.entry("pay.locked", "imeshikiliwa"), Map.entry("pay.failed", "imeshindwa"),
            Map.entry("pay.expired", "imeisha muda"), Map.entry("pay.releasing", "inatolewa"), Map.entry("pay.released", "imetolewa"),
            Map.entry("pay.refunding", "inarudishwa"), Map.entry("pay.refunded", "imerudishwa"),
            Map.entry("ussd.main", "Karibu VoicePact\n1. Mikataba Yangu\n2. Thibitisha Uwasilishaji\n3. Angalia Malipo\n4. Msaada\n0. Toka"),
            Map.entry("ussd.exit", "Asante kwa kutumia VoicePact!"),
            Map.entry("ussd.list", "Mikataba Yako:"),
            Map.entry("ussd.list.delivery", "Inasubiri Hatua ya Uwasilishaji:"),
            Map.entry("ussd.none", "Hakuna mikataba hapa."),
            Map.entry("ussd.more", "98. Zaidi"),
            Map.entry("ussd.nav", "0. Rudi 00. Mwanzo"),
            Map.entry("ussd.detail", "Maelezo ya Mkataba\n{0}\nBidhaa: {1}\nThamani: {2}\nHali: {3}"),
            Map.entry("ussd.act.confirm", "Kubali"), Map.entry("ussd.act.decline", "Kataa"),
            Map.entry("ussd.act.full", "Uwasilishaji Kamili"), Map.entry("ussd.act.partial", "Uwasilishaji wa Sehemu"),
            Map.entry("ussd.act.issue", "Ripoti Tatizo"), Map.entry("ussd.act.accept", "Kubali Bidhaa"),
            Map.entry("ussd.quantity", "Weka kiasi kilichowasilishwa ({0}):"),
            Map.entry("ussd.done.confirm", "Mkataba {0} umekubaliwa.\nAsante!"),
            Map.entry("ussd.done.decline", "Mkataba {0} umekataliwa.\nUmesitishwa."),
            Map.entry("ussd.done.full", "Uwasilishaji kamili umethibitishwa!\nMnunuzi atajulishwa.\nMalipo yatashughulikiwa."),
            Map.entry("ussd.done.partial", "Uwasilishaji wa {0} umethibitishwa!\nMnunuzi atajulishwa."),
            Map.entry("ussd.done.accept", "Bidhaa zimekubaliwa!\nMalipo kwa muuzaji yanatolewa."),
            Map.entry("ussd.done.issue", "Tatizo limeripotiwa.\nMkataba utakaguliwa.\nHuduma kwa wateja watawasiliana nawe."),
            Map.entry("ussd.payments", "Malipo:"),
            Map.entry("ussd.pay.held", "imeshikiliwa {0}"), Map.entry("ussd.pay.owed", "inadaiwa {0}"),
            Map.entry("ussd.pay.released", "imelipwa {0}"), Map.entry("ussd.pay.refunded", "imerejeshwa {0}"),
            Map.entry("ussd.help", "Msaada wa VoicePact\nPiga 0700123456 kwa msaada\nTuma SMS ''HELP'' kwa 40404\n1. Language / Lugha"),
            Map.entry("ussd.language", "Choose language / Chagua lugha\n1. English\n2. Kiswahili"),
            Map.entry("ussd.language.set", "Lugha imewekwa: Kiswahili."),
            Map.entry("ussd.invalid", "Chaguo si sahihi."),
            Map.entry("ussd.invalid.quantity", "Weka namba zaidi ya 0."),
            Map.entry("ussd.failed", "Haijafanyika: {0}"),
            Map.entry("ussd.release.started", "Haijafanyika kwa {0}: bidhaa zimekubaliwa na malipo kwa muuzaji yameanza."
                    + " Haiwezi kupingwa tena; tafadhali wasiliana na huduma kwa wateja."),
            Map.entry("ussd.too.long", "Kipindi hiki ni kirefu mno. Tafadhali piga tena."),
            Map.entry("ussd.error", "Huduma haipatikani kwa sasa. Tafadhali jaribu tena baadaye."));

    private Catalog() {
    }

    public static String text(Language language, String key, Object... args) {
        String pattern = (language == Language.SW ? SW : EN).get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text '" + key + "' in " + language);
        }
        String text = pattern.replace("''", "'");
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", inline(String.valueOf(args[i])));
        }
        return text;
    }

    /**
     * A value as it may stand inside a message: line breaks and tabs become spaces, and control and
     * format characters (NUL, right-to-left overrides, zero-width marks) are left out. A value typed by
     * someone (a product name, a dispute reason) can then never add a line of its own to an official
     * message ("Reply YES-... to pay KES 1,000,000") or reorder what the reader sees.
     */
    static String inline(String value) {
        return com.voicepact.domain.common.PlainText.clean(value);
    }
}
