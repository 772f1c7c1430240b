package com.voicepact.domain.messaging;

import java.util.Map;

/**
 * The texts of a contract's life before the money moves: its summary and confirmation, the SMS commands'
 * acknowledgements and refusals, a call that made no contract, and the names of terms and statuses.
 */
final class ContractTexts {

    static final Map<String, String> EN = Map.ofEntries(
            Map.entry(
                    "sms.summary",
                    "VoicePact Contract Summary:\nID: {0}\nProduct: {1}\nTotal: {2}, Due: {3}\nReply YES-{4} to confirm or NO-{0} to decline"),
            Map.entry(
                    "sms.confirmed",
                    "VoicePact: Contract {0} is confirmed by all parties, total {1}. The buyer''s payment will be held in escrow until delivery is accepted."),
            Map.entry("sms.cancelled", "VoicePact: Contract {0} was declined and is cancelled."),
            Map.entry("sms.expired", "VoicePact: Contract {0} expired before every party confirmed it."),
            Map.entry(
                    "sms.ack.yes", "VoicePact: You confirmed contract {0}, total {1}. Waiting for the other parties."),
            Map.entry("sms.ack.no", "VoicePact: You declined contract {0}. It is cancelled."),
            Map.entry("sms.status", "VoicePact {0}: {1}. Product: {2}. Value: {3}."),
            Map.entry(
                    "sms.help",
                    "VoicePact commands: YES-<id>, NO-<id>, DELIVERED-<id>, ACCEPT-<id>, DISPUTE-<id> <reason>, STATUS-<id>. To correct a term before confirming: PRICE-<id> <price>, QTY-, PLACE-, DATE-, PRODUCT-. Dial {0} for the menu."),
            Map.entry(
                    "sms.stranger",
                    "VoicePact: This phone is not a party to contract {0} (or not in the role needed), so nothing was changed."),
            Map.entry("sms.refused", "VoicePact: {0} was not changed: {1}"),
            Map.entry("sms.unknown", "VoicePact: Message not understood. Reply HELP for the commands."),
            Map.entry(
                    "sms.call.failed",
                    "VoicePact: Your negotiation call could not be recorded ({0}). Please try again."),
            Map.entry("term.product", "product"),
            Map.entry("term.quantity", "quantity"),
            Map.entry("term.price", "price"),
            Map.entry("term.place", "place"),
            Map.entry("term.date", "date"),
            Map.entry("sms.unsure", "Not sure of: {0}. Wrong? Reply {1}-{2} <{3}>"),
            Map.entry("term.price.per", "{0} ({1} a {2})"),
            Map.entry("term.price.each", "price a {0}"),
            Map.entry("term.currency.named", "currency ({0})"),
            Map.entry("term.currency.code", "<currency code>"),
            Map.entry("sms.unsure.only", "Not sure of: {0}."),
            Map.entry("sms.unsure.currency", "Wrong currency? Reply {0}-{1} {2} <{3}>"),
            Map.entry("verb.product", "PRODUCT"),
            Map.entry("verb.quantity", "QTY"),
            Map.entry("verb.price", "PRICE"),
            Map.entry("verb.place", "PLACE"),
            Map.entry("verb.date", "DATE"),
            Map.entry(
                    "sms.draft.missing",
                    "VoicePact: Your call was kept as draft {0} but we did not hear the {1}. No need to call again: reply {2}"),
            Map.entry("sms.draft.still", "VoicePact: Thank you. Draft {0} still needs the {1}. Reply {2}"),
            Map.entry(
                    "sms.draft.expired",
                    "VoicePact: Draft {0} is older than {1} hours and can no longer be completed. Please call again."),
            Map.entry("sms.draft.done", "VoicePact: Draft {0} is already a contract. Reply STATUS-{0} to see it."),
            Map.entry("sms.draft.and", " and "),
            Map.entry("status.pending", "pending"),
            Map.entry("status.confirmed", "confirmed"),
            Map.entry("status.active", "active"),
            Map.entry("status.completed", "completed"),
            Map.entry("status.disputed", "disputed"),
            Map.entry("status.cancelled", "cancelled"),
            Map.entry("status.expired", "expired"));

    static final Map<String, String> SW = Map.ofEntries(
            Map.entry(
                    "sms.summary",
                    "VoicePact Muhtasari wa Mkataba:\nNambari: {0}\nBidhaa: {1}\nJumla: {2}, Tarehe: {3}\nJibu YES-{4} kukubali au NO-{0} kukataa"),
            Map.entry(
                    "sms.confirmed",
                    "VoicePact: Mkataba {0} umekubaliwa na pande zote, jumla {1}. Malipo ya mnunuzi yatashikiliwa hadi bidhaa zikubaliwe."),
            Map.entry("sms.cancelled", "VoicePact: Mkataba {0} umekataliwa na umesitishwa."),
            Map.entry("sms.expired", "VoicePact: Mkataba {0} umeisha muda kabla ya pande zote kukubali."),
            Map.entry("sms.ack.yes", "VoicePact: Umekubali mkataba {0}, jumla {1}. Tunasubiri pande nyingine."),
            Map.entry("sms.ack.no", "VoicePact: Umekataa mkataba {0}. Umesitishwa."),
            Map.entry("sms.status", "VoicePact {0}: {1}. Bidhaa: {2}. Thamani: {3}."),
            Map.entry(
                    "sms.help",
                    "Amri za VoicePact: YES-<id>, NO-<id>, DELIVERED-<id>, ACCEPT-<id>, DISPUTE-<id> <sababu>, STATUS-<id>. Kurekebisha sharti kabla ya kukubali: BEI-<id> <bei>, IDADI-, MAHALI-, TAREHE-, BIDHAA-. Piga {0} kwa menyu."),
            Map.entry(
                    "sms.stranger",
                    "VoicePact: Simu hii si mhusika wa mkataba {0} (au haina jukumu linalohitajika), hakuna kilichobadilishwa."),
            Map.entry("sms.refused", "VoicePact: {0} haikubadilishwa: {1}"),
            Map.entry("sms.unknown", "VoicePact: Ujumbe haukueleweka. Jibu HELP kupata amri."),
            Map.entry(
                    "sms.call.failed",
                    "VoicePact: Simu yenu ya makubaliano haikurekodiwa ({0}). Tafadhali jaribuni tena."),
            Map.entry("term.product", "bidhaa"),
            Map.entry("term.quantity", "kiasi"),
            Map.entry("term.price", "bei"),
            Map.entry("term.place", "mahali"),
            Map.entry("term.date", "tarehe"),
            Map.entry("sms.unsure", "Hatuna uhakika na: {0}. Si sahihi? Jibu {1}-{2} <{3}>"),
            Map.entry("term.price.per", "{0} ({1} kwa {2})"),
            Map.entry("term.price.each", "bei kwa {0}"),
            Map.entry("term.currency.named", "sarafu ({0})"),
            Map.entry("term.currency.code", "<msimbo wa sarafu>"),
            Map.entry("sms.unsure.only", "Hatuna uhakika na: {0}."),
            Map.entry("sms.unsure.currency", "Sarafu si sahihi? Jibu {0}-{1} {2} <{3}>"),
            Map.entry("verb.product", "BIDHAA"),
            Map.entry("verb.quantity", "IDADI"),
            Map.entry("verb.price", "BEI"),
            Map.entry("verb.place", "MAHALI"),
            Map.entry("verb.date", "TAREHE"),
            Map.entry(
                    "sms.draft.missing",
                    "VoicePact: Simu yenu imehifadhiwa kama rasimu {0} lakini hatukusikia {1}. Hakuna haja ya kupiga tena: jibu {2}"),
            Map.entry("sms.draft.still", "VoicePact: Asante. Rasimu {0} bado inahitaji {1}. Jibu {2}"),
            Map.entry(
                    "sms.draft.expired",
                    "VoicePact: Rasimu {0} ina zaidi ya saa {1} na haiwezi kukamilishwa tena. Tafadhali pigeni tena."),
            Map.entry("sms.draft.done", "VoicePact: Rasimu {0} tayari ni mkataba. Jibu STATUS-{0} kuuona."),
            Map.entry("sms.draft.and", " na "),
            Map.entry("status.pending", "inasubiri"),
            Map.entry("status.confirmed", "imekubaliwa"),
            Map.entry("status.active", "inaendelea"),
            Map.entry("status.completed", "imekamilika"),
            Map.entry("status.disputed", "ina mgogoro"),
            Map.entry("status.cancelled", "imesitishwa"),
            Map.entry("status.expired", "imeisha muda"));

    private ContractTexts() {}
}
