package com.voicepact.domain.messaging;

import java.util.Map;

/**
 * The texts of the money held in escrow: a payment received or failed (with the payer's reason), the
 * contract funded, a surplus returned, a payout released or refunded, and the payment statuses.
 */
final class EscrowTexts {

    static final Map<String, String> EN = Map.ofEntries(
            Map.entry(
                    "sms.received",
                    "VoicePact Payment Received:\nContract: {0}\nAmount: {1}\nHeld in escrow: {2}\nStill owed: {3}"),
            Map.entry(
                    "sms.funded.buyer",
                    "VoicePact Escrow Funded:\nContract: {0}\nHeld: {1}\nThe seller will deliver now. When the goods arrive reply ACCEPT-{0}, or DISPUTE-{0} and the problem."),
            Map.entry(
                    "sms.funded.seller",
                    "VoicePact Escrow Funded:\nContract: {0}\nThe buyer''s {1} is held in escrow. Deliver the goods, then reply DELIVERED-{0}. You are paid when the buyer accepts."),
            Map.entry(
                    "sms.surplus",
                    "VoicePact Refund:\nContract: {0}\nYour payment of {1} came after the contract total ({2}) was already paid. It is being returned to you."),
            Map.entry(
                    "sms.surplus.ended",
                    "VoicePact Refund:\nContract: {0}\nYour payment of {1} came after the contract was {2}. It is being returned to you."),
            Map.entry(
                    "sms.released",
                    "VoicePact Payment Released:\nContract: {0}\nAmount: {1}\nTo: {2}\nTransaction ID: {3}"),
            Map.entry(
                    "sms.refunded",
                    "VoicePact Payment Refunded:\nContract: {0}\nAmount: {1}\nTo: {2}\nTransaction ID: {3}"),
            Map.entry(
                    "sms.payment.failed",
                    "VoicePact Payment Failed:\nContract: {0}\nAmount: {1}\nReason: {2}\nNothing is held for it. To pay, ask for a new payment request."),
            Map.entry("pay.reason.payer_cancelled", "the payment was cancelled on the phone"),
            Map.entry("pay.reason.wrong_pin", "the M-Pesa PIN entered was wrong"),
            Map.entry("pay.reason.payer_unreachable", "the phone could not be reached (switched off or no answer)"),
            Map.entry("pay.reason.insufficient_funds", "there was not enough money in the M-Pesa account"),
            Map.entry("pay.reason.limit_reached", "an M-Pesa limit was reached (amount or daily limit)"),
            Map.entry("pay.reason.recipient_invalid", "the phone number is not registered or not active on M-Pesa"),
            Map.entry("pay.reason.duplicate", "M-Pesa refused the same amount again within 2 minutes"),
            Map.entry("pay.reason.provider_busy", "M-Pesa was busy"),
            Map.entry("pay.reason.other", "M-Pesa could not complete the payment"),
            Map.entry("pay.pending", "pending"),
            Map.entry("pay.locked", "held"),
            Map.entry("pay.failed", "failed"),
            Map.entry("pay.expired", "expired"),
            Map.entry("pay.releasing", "paying out"),
            Map.entry("pay.released", "paid out"),
            Map.entry("pay.refunding", "refunding"),
            Map.entry("pay.refunded", "refunded"));

    static final Map<String, String> SW = Map.ofEntries(
            Map.entry(
                    "sms.received",
                    "VoicePact Malipo Yamepokelewa:\nMkataba: {0}\nKiasi: {1}\nYanayoshikiliwa: {2}\nBado kulipwa: {3}"),
            Map.entry(
                    "sms.funded.buyer",
                    "VoicePact Malipo Yamekamilika:\nMkataba: {0}\nYanashikiliwa: {1}\nMuuzaji ataleta bidhaa sasa. Zikifika jibu ACCEPT-{0}, au DISPUTE-{0} na tatizo."),
            Map.entry(
                    "sms.funded.seller",
                    "VoicePact Malipo Yamekamilika:\nMkataba: {0}\n{1} ya mnunuzi yanashikiliwa. Leta bidhaa, kisha jibu DELIVERED-{0}. Utalipwa mnunuzi akikubali."),
            Map.entry(
                    "sms.surplus",
                    "VoicePact Marejesho:\nMkataba: {0}\nMalipo yako ya {1} yalifika baada ya jumla ya mkataba ({2}) kulipwa. Yanarudishwa kwako."),
            Map.entry(
                    "sms.surplus.ended",
                    "VoicePact Marejesho:\nMkataba: {0}\nMalipo yako ya {1} yalifika baada ya mkataba kuwa {2}. Yanarudishwa kwako."),
            Map.entry(
                    "sms.released",
                    "VoicePact Malipo Yametolewa:\nMkataba: {0}\nKiasi: {1}\nKwa: {2}\nNambari ya muamala: {3}"),
            Map.entry(
                    "sms.refunded",
                    "VoicePact Malipo Yamerudishwa:\nMkataba: {0}\nKiasi: {1}\nKwa: {2}\nNambari ya muamala: {3}"),
            Map.entry(
                    "sms.payment.failed",
                    "VoicePact Malipo Hayakufanikiwa:\nMkataba: {0}\nKiasi: {1}\nSababu: {2}\nHakuna kinachoshikiliwa. Kulipa, omba ombi jipya la malipo."),
            Map.entry("pay.reason.payer_cancelled", "malipo yalisitishwa kwenye simu"),
            Map.entry("pay.reason.wrong_pin", "PIN ya M-Pesa iliyoingizwa si sahihi"),
            Map.entry("pay.reason.payer_unreachable", "simu haikupatikana (imezimwa au haikujibu)"),
            Map.entry("pay.reason.insufficient_funds", "hakuna pesa za kutosha kwenye akaunti ya M-Pesa"),
            Map.entry("pay.reason.limit_reached", "kikomo cha M-Pesa kimefikiwa (kiasi au kikomo cha siku)"),
            Map.entry("pay.reason.recipient_invalid", "namba ya simu haijasajiliwa au haitumiki kwenye M-Pesa"),
            Map.entry("pay.reason.duplicate", "M-Pesa ilikataa kiasi kilekile tena ndani ya dakika 2"),
            Map.entry("pay.reason.provider_busy", "M-Pesa ilikuwa na shughuli nyingi"),
            Map.entry("pay.reason.other", "M-Pesa haikuweza kukamilisha malipo"),
            Map.entry("pay.pending", "inasubiri"),
            Map.entry("pay.locked", "imeshikiliwa"),
            Map.entry("pay.failed", "imeshindwa"),
            Map.entry("pay.expired", "imeisha muda"),
            Map.entry("pay.releasing", "inatolewa"),
            Map.entry("pay.released", "imetolewa"),
            Map.entry("pay.refunding", "inarudishwa"),
            Map.entry("pay.refunded", "imerudishwa"));

    private EscrowTexts() {}
}
