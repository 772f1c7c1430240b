package com.voicepact.domain.contract;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * SHA-256 over a canonical, line-based encoding of id, type, parties (sorted by role, then phone)
 * and terms. Numbers are written in plain form at a fixed scale, so the same terms always give the
 * same fingerprint whatever the input spelling was.
 */
public final class ContractFingerprint {

    private ContractFingerprint() {}

    public static String of(ContractId id, ContractType type, List<Party> parties, ContractTerms terms) {
        StringBuilder canonical = new StringBuilder("voicepact-contract-v1\n")
                .append("id=")
                .append(id)
                .append('\n')
                .append("type=")
                .append(type.wireName())
                .append('\n');
        parties.stream()
                .sorted(Comparator.comparing(Party::role)
                        .thenComparing(p -> p.phone().e164()))
                .forEach(p -> canonical
                        .append("party=")
                        .append(p.role().wireName())
                        .append('|')
                        .append(p.phone().e164())
                        .append('|')
                        .append(p.name())
                        .append('\n'));
        canonical
                .append("product=")
                .append(terms.product())
                .append('\n')
                .append("quantity=")
                .append(
                        terms.quantity() == null
                                ? ""
                                : plain(terms.quantity().value()) + "|"
                                        + terms.quantity().unit())
                .append('\n')
                .append("unit_price=")
                .append(terms.unitPrice() == null ? "" : terms.unitPrice().toString())
                .append('\n')
                .append("total=")
                .append(terms.total())
                .append('\n')
                .append("delivery_location=")
                .append(Objects.toString(terms.deliveryLocation(), ""))
                .append('\n')
                .append("delivery_deadline=")
                .append(Objects.toString(terms.deliveryDeadline(), ""))
                .append('\n')
                .append("quality=")
                .append(Objects.toString(terms.qualityRequirements(), ""))
                .append('\n')
                .append("payment_terms=")
                .append(Objects.toString(terms.paymentTerms(), ""))
                .append('\n');
        return sha256Hex(canonical.toString());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
