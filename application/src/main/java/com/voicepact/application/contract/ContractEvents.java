package com.voicepact.application.contract;

import com.voicepact.application.contract.port.in.TimelineEvent;
import com.voicepact.application.contract.port.in.TimelineEvent.Kind;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Confirmation;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.DeliveryReport;
import com.voicepact.domain.contract.Dispute;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline events a contract's own record holds: its creation, each party's decision, the delivery, its
 * acceptance, the dispute and its resolution. Who acted is the party where the record knows it; otherwise the actor of
 * the audit entry that recorded the change ({@code audit}), or {@code system}. Changes of the terms are read from the
 * audit entries ({@code TERMS_AMENDED}), since the record keeps only the current terms.
 */
public final class ContractEvents {

    private ContractEvents() {}

    public static List<TimelineEvent> of(Contract contract, List<AuditEntry> audit) {
        List<TimelineEvent> events = new ArrayList<>();
        var terms = contract.agreement().terms();
        events.add(new TimelineEvent(
                contract.timeline().createdAt(),
                Kind.CREATED,
                actorOf(audit, AuditAction.CONTRACT_CREATED),
                "Contract created: " + terms.product() + ", " + terms.total() + " in all",
                Map.of(
                        "product", terms.product(),
                        "total", terms.total().amount().toPlainString(),
                        "currency", terms.total().currency().name(),
                        "buyer", contract.agreement().buyer().phone().e164(),
                        "seller", contract.agreement().seller().phone().e164())));
        contract.agreement().confirmations().forEach(c -> events.add(decision(contract, c)));
        audit.stream()
                .filter(e -> e.record().action().equals(AuditAction.TERMS_AMENDED.stored()))
                .forEach(e -> events.add(new TimelineEvent(
                        e.record().at(),
                        Kind.TERMS_CHANGED,
                        RecordEvents.actor(e.record().actor()),
                        "Terms changed",
                        Map.of("details", e.record().details()))));
        contract.fulfilment().delivery().ifPresent(d -> delivery(contract, d, events));
        contract.fulfilment().dispute().ifPresent(d -> dispute(d, audit, events));
        return events;
    }

    private static TimelineEvent decision(Contract contract, Confirmation c) {
        boolean yes = c.isYes();
        String who = c.party().e164() + roleOf(contract, c.party());
        return new TimelineEvent(
                c.decidedAt(),
                yes ? Kind.CONFIRMATION : Kind.DECLINE,
                c.party().e164(),
                who + (yes ? " confirmed" : " declined") + " the terms by "
                        + c.channel().wireName(),
                Map.of(
                        "party", c.party().e164(),
                        "decision", yes ? "confirmed" : "declined",
                        "channel", c.channel().wireName(),
                        "fingerprint", c.fingerprint()));
    }

    private static void delivery(Contract contract, DeliveryReport d, List<TimelineEvent> events) {
        String seller = contract.agreement().seller().phone().e164();
        String delivered = d.partial() ? d.deliveredQuantity().toString() : "";
        events.add(new TimelineEvent(
                d.reportedAt(),
                Kind.DELIVERY,
                seller,
                d.partial() ? "Seller reported a partial delivery of " + delivered : "Seller reported full delivery",
                Map.of("partial", String.valueOf(d.partial()), "delivered_quantity", delivered)));
        if (d.isAccepted()) {
            events.add(new TimelineEvent(
                    d.acceptedAt(),
                    Kind.ACCEPTANCE,
                    contract.agreement().buyer().phone().e164(),
                    "Buyer accepted the delivery",
                    Map.of()));
        }
    }

    private static void dispute(Dispute d, List<AuditEntry> audit, List<TimelineEvent> events) {
        String by = d.raisedBy() == null ? "system" : d.raisedBy().e164();
        events.add(new TimelineEvent(
                d.raisedAt(),
                Kind.DISPUTE,
                by,
                "Dispute raised by " + by + ": " + d.reason(),
                Map.of("raised_by", by, "reason", d.reason())));
        if (!d.isOpen()) {
            String resolution = d.resolution().name().toLowerCase(Locale.ROOT);
            Map<String, String> detail = new LinkedHashMap<>();
            detail.put("resolution", resolution);
            detail.put(
                    "seller_share",
                    d.sellerShare() == null ? "" : d.sellerShare().toPlainString());
            events.add(new TimelineEvent(
                    d.resolvedAt(),
                    Kind.DISPUTE_RESOLVED,
                    actorOf(audit, AuditAction.DISPUTE_RESOLVED),
                    "Dispute resolved: " + resolution.replace('_', ' ') + sharesOf(d),
                    detail));
        }
    }

    /** A split's shares as an operator reads them ({@code , 60% to the seller, 40% to the buyer}); else nothing. */
    private static String sharesOf(Dispute dispute) {
        if (dispute.sellerShare() == null) {
            return "";
        }
        BigDecimal seller = dispute.sellerShare().movePointRight(2).stripTrailingZeros();
        BigDecimal buyer = BigDecimal.valueOf(100).subtract(seller).stripTrailingZeros();
        return ", " + seller.toPlainString() + "% to the seller, " + buyer.toPlainString() + "% to the buyer";
    }

    private static String roleOf(Contract contract, PhoneNumber phone) {
        return contract.agreement()
                .partyWith(phone)
                .map(Party::role)
                .map(PartyRole::wireName)
                .map(r -> " (" + r + ")")
                .orElse("");
    }

    /** The actor of the last audit entry with {@code action}, or {@code system} when none recorded it. */
    private static String actorOf(List<AuditEntry> audit, AuditAction action) {
        String actor = "system";
        for (AuditEntry e : audit) {
            if (e.record().action().equals(action.stored())) {
                actor = RecordEvents.actor(e.record().actor());
            }
        }
        return actor;
    }
}
