package com.voicepact.domain.messaging;

import java.util.Map;

/** The texts of a delivery and its disputes: the delivery alert, its acknowledgements, and a dispute opened. */
final class DeliveryTexts {

    static final Map<String, String> EN = Map.ofEntries(
            Map.entry(
                    "sms.delivery",
                    "VoicePact Delivery Alert:\nContract: {0}\nType: {1}\nPlease inspect and reply:\nACCEPT-{0} or DISPUTE-{0}"),
            Map.entry("sms.delivery.full", "Full delivery claimed"),
            Map.entry("sms.delivery.partial", "Partial delivery claimed ({0})"),
            Map.entry(
                    "sms.dispute",
                    "VoicePact Dispute:\nContract: {0}\nReason: {1}\nPayment is on hold. Support will contact you."),
            Map.entry("sms.ack.delivered", "VoicePact: Delivery recorded for {0}. The buyer will be asked to accept."),
            Map.entry(
                    "sms.ack.accept",
                    "VoicePact: You accepted delivery for {0}. Payment to the seller is being released."),
            Map.entry("sms.ack.dispute", "VoicePact: Your issue on {0} is recorded. Support will contact you."));

    static final Map<String, String> SW = Map.ofEntries(
            Map.entry(
                    "sms.delivery",
                    "VoicePact Taarifa ya Uwasilishaji:\nMkataba: {0}\nAina: {1}\nTafadhali kagua na ujibu:\nACCEPT-{0} au DISPUTE-{0}"),
            Map.entry("sms.delivery.full", "Uwasilishaji kamili umedaiwa"),
            Map.entry("sms.delivery.partial", "Uwasilishaji wa sehemu umedaiwa ({0})"),
            Map.entry(
                    "sms.dispute",
                    "VoicePact Mgogoro:\nMkataba: {0}\nSababu: {1}\nMalipo yamesimamishwa. Huduma kwa wateja watawasiliana nawe."),
            Map.entry("sms.ack.delivered", "VoicePact: Uwasilishaji wa {0} umerekodiwa. Mnunuzi ataombwa kukubali."),
            Map.entry("sms.ack.accept", "VoicePact: Umekubali bidhaa za {0}. Malipo kwa muuzaji yanatolewa."),
            Map.entry(
                    "sms.ack.dispute",
                    "VoicePact: Tatizo lako kuhusu {0} limerekodiwa. Huduma kwa wateja watawasiliana nawe."));

    private DeliveryTexts() {}
}
