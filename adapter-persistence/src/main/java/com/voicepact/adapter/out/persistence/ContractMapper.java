package com.voicepact.adapter.out.persistence;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Confirmation;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractSnapshot;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Decision;
import com.voicepact.domain.contract.DeliveryReport;
import com.voicepact.domain.contract.Dispute;
import com.voicepact.domain.contract.DisputeResolution;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.Quantity;
import com.voicepact.domain.contract.TermMarks;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Between the contract aggregate and its three tables. Micronaut Data starts a row's {@code @Version}
 * at 0 on insert, while the domain keeps 0 for "never saved": the stored version is the domain's minus one.
 */
final class ContractMapper {

    private ContractMapper() {}

    static ContractEntity toEntity(Contract contract) {
        long storedVersion = Math.max(contract.version() - 1, 0);
        ContractSnapshot s = contract.snapshot();
        ContractTerms t = s.terms();
        DeliveryReport d = s.delivery();
        Dispute x = s.dispute();
        return new ContractEntity(
                s.id().value(),
                storedVersion,
                s.type().name(),
                s.status().name(),
                contract.agreement().fingerprint(),
                s.transcript(),
                s.marks().wireForm(),
                s.termsSince(),
                s.termsVersion(),
                t.product(),
                t.quantity() == null ? null : t.quantity().value(),
                t.quantity() == null ? null : t.quantity().unit(),
                t.unitPrice() == null ? null : t.unitPrice().amount(),
                t.total().amount(),
                t.total().currency().name(),
                t.deliveryLocation(),
                t.deliveryDeadline(),
                t.qualityRequirements(),
                t.paymentTerms(),
                s.createdAt(),
                s.expiresAt(),
                s.confirmedAt(),
                s.activatedAt(),
                s.closedAt(),
                d == null ? null : d.partial(),
                d == null || d.deliveredQuantity() == null
                        ? null
                        : d.deliveredQuantity().value(),
                d == null || d.deliveredQuantity() == null
                        ? null
                        : d.deliveredQuantity().unit(),
                d == null ? null : d.reportedAt(),
                d == null ? null : d.acceptedAt(),
                x == null || x.raisedBy() == null ? null : x.raisedBy().e164(),
                x == null ? null : x.reason(),
                x == null ? null : x.raisedAt(),
                x == null || x.resolution() == null ? null : x.resolution().name(),
                x == null ? null : x.sellerShare(),
                x == null ? null : x.resolvedAt(),
                s.cancellationRequests().stream()
                        .map(PhoneNumber::e164)
                        .sorted()
                        .collect(Collectors.joining(",")));
    }

    static List<PartyEntity> partiesOf(Contract contract) {
        List<Party> parties = contract.agreement().parties();
        return IntStream.range(0, parties.size())
                .mapToObj(i -> new PartyEntity(
                        null,
                        contract.id().value(),
                        parties.get(i).phone().e164(),
                        parties.get(i).role().name(),
                        parties.get(i).name(),
                        i))
                .toList();
    }

    static List<ConfirmationEntity> confirmationsOf(Contract contract) {
        return contract.agreement().confirmations().stream()
                .map(c -> new ConfirmationEntity(
                        null,
                        contract.id().value(),
                        c.party().e164(),
                        c.decision().name(),
                        c.channel().name(),
                        c.decidedAt(),
                        c.fingerprint()))
                .toList();
    }

    static Contract toDomain(ContractEntity e, List<PartyEntity> parties, List<ConfirmationEntity> confirmations) {
        CurrencyCode currency = CurrencyCode.valueOf(e.currency());
        ContractTerms terms = new ContractTerms(
                e.product(),
                e.quantity() == null ? null : Quantity.of(e.quantity(), e.unit()),
                e.unitPrice() == null ? null : Money.of(e.unitPrice(), currency),
                Money.of(e.totalAmount(), currency),
                e.deliveryLocation(),
                e.deliveryDeadline(),
                e.qualityRequirements(),
                e.paymentTerms());
        return Contract.reconstitute(new ContractSnapshot(
                ContractId.parse(e.id()),
                ContractType.valueOf(e.contractType()),
                parties.stream().map(ContractMapper::party).toList(),
                terms,
                e.transcript(),
                TermMarks.fromWireForm(e.uncertainTerms()),
                e.termsSince(),
                e.termsVersion(),
                ContractStatus.valueOf(e.status()),
                e.createdAt(),
                e.expiresAt(),
                e.confirmedAt(),
                e.activatedAt(),
                e.closedAt(),
                confirmations.stream().map(ContractMapper::confirmation).toList(),
                delivery(e),
                dispute(e),
                cancellationRequests(e.cancellationRequestedBy()),
                e.version() + 1));
    }

    private static Party party(PartyEntity p) {
        return Party.of(new PhoneNumber(p.phone()), PartyRole.valueOf(p.role()), p.name());
    }

    private static Confirmation confirmation(ConfirmationEntity c) {
        return new Confirmation(
                new PhoneNumber(c.phone()),
                Decision.valueOf(c.decision()),
                c.decidedAt(),
                Channel.valueOf(c.channel()),
                c.fingerprint());
    }

    private static DeliveryReport delivery(ContractEntity e) {
        if (e.deliveryReportedAt() == null) {
            return null;
        }
        Quantity delivered =
                e.deliveredQuantity() == null ? null : Quantity.of(e.deliveredQuantity(), e.deliveredUnit());
        return new DeliveryReport(
                Boolean.TRUE.equals(e.deliveryPartial()), delivered, e.deliveryReportedAt(), e.deliveryAcceptedAt());
    }

    private static Dispute dispute(ContractEntity e) {
        if (e.disputeRaisedAt() == null) {
            return null;
        }
        return new Dispute(
                e.disputeRaisedBy() == null ? null : new PhoneNumber(e.disputeRaisedBy()),
                e.disputeReason(),
                e.disputeRaisedAt(),
                e.disputeResolution() == null ? null : DisputeResolution.valueOf(e.disputeResolution()),
                e.disputeSellerShare(),
                e.disputeResolvedAt());
    }

    private static Set<PhoneNumber> cancellationRequests(String joined) {
        return joined == null || joined.isEmpty()
                ? Set.of()
                : Arrays.stream(joined.split(",")).map(PhoneNumber::new).collect(Collectors.toSet());
    }
}
