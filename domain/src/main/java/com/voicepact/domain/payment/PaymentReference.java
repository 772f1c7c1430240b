package com.voicepact.domain.payment;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 12 uppercase hex characters M-Pesa shows the payer as the account reference: an HMAC of
 * contract, amount, payer and payment id, so nobody without the key can make a valid-looking one.
 */
public final class PaymentReference {

    private final byte[] key;

    public PaymentReference(byte[] key) {
        InvalidValueException.require(
                key != null && key.length >= 32, "payment reference key must be at least 32 bytes");
        this.key = key.clone();
    }

    public String of(ContractId contract, Money amount, PhoneNumber payer, TransactionId payment) {
        String canonical = String.join("|", contract.value(), amount.toString(), payer.e164(), payment.value());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6).toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides HmacSHA256", e);
        }
    }
}
