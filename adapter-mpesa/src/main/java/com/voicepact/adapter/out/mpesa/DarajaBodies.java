package com.voicepact.adapter.out.mpesa;

import com.voicepact.adapter.out.mpesa.DarajaRequests.Account;
import com.voicepact.adapter.out.mpesa.DarajaRequests.B2cPayment;
import com.voicepact.adapter.out.mpesa.DarajaRequests.Reversal;
import com.voicepact.adapter.out.mpesa.DarajaRequests.StkPush;
import com.voicepact.adapter.out.mpesa.DarajaRequests.TransactionLookup;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON bodies {@link DarajaClient} posts, field for field as {@code shared/reference/mpesa-daraja.md} gives them (its
 * spellings included: {@code Occassion} in B2C, {@code RecieverIdentifierType} in Reversal), with our shortcodes, callback
 * URLs, the STK password of the moment and the initiator's {@code SecurityCredential}.
 */
final class DarajaBodies {

    private final DarajaConfig config;
    private final Clock clock;
    private final String securityCredential;

    /** @throws IllegalArgumentException when the configured certificate cannot encrypt the initiator password */
    DarajaBodies(DarajaConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.securityCredential = config.certificatePath() != null
                ? SecurityCredential.encrypt(config.certificatePath(), config.initiatorPassword())
                : config.securityCredential();
    }

    Map<String, Object> stkPush(StkPush push) {
        Map<String, Object> body = stkHeader();
        body.put("TransactionType", config.transactionType().wire());
        body.put("Amount", whole(push.amount()));
        body.put("PartyA", msisdn(push.payer()));
        body.put("PartyB", config.partyB());
        body.put("PhoneNumber", msisdn(push.payer()));
        body.put("CallBackURL", config.stkCallbackUrl());
        body.put("AccountReference", push.accountReference());
        body.put("TransactionDesc", push.description());
        return body;
    }

    Map<String, Object> stkQuery(String checkoutRequestId) {
        Map<String, Object> body = stkHeader();
        body.put("CheckoutRequestID", checkoutRequestId);
        return body;
    }

    Map<String, Object> b2cPayment(B2cPayment payment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("OriginatorConversationID", payment.payoutId());
        body.put("InitiatorName", config.initiatorName());
        body.put("SecurityCredential", credential());
        body.put("CommandID", payment.command().wire());
        body.put("Amount", whole(payment.amount()));
        body.put("PartyA", config.b2cShortcode());
        body.put("PartyB", msisdn(payment.recipient()));
        body.put("Remarks", payment.remarks());
        body.put("QueueTimeOutURL", config.b2cTimeoutUrl());
        body.put("ResultURL", config.b2cResultUrl());
        body.put("Occassion", payment.occasion());
        return body;
    }

    Map<String, Object> transactionStatus(TransactionLookup lookup, String remarks) {
        Map<String, Object> body = initiatorHeader("TransactionStatusQuery");
        if (lookup.receipt() != null) {
            body.put("TransactionID", lookup.receipt());
        } else {
            body.put("OriginatorConversationID", lookup.originatorConversationId());
        }
        body.put("PartyA", shortcodeOf(lookup.account()));
        body.put("IdentifierType", 4);
        body.put("ResultURL", config.statusResultUrl());
        body.put("QueueTimeOutURL", config.statusTimeoutUrl());
        body.put("Remarks", DarajaRequests.text(remarks, 2, 100, "Remarks"));
        body.put("Occasion", "");
        return body;
    }

    Map<String, Object> reversal(Reversal reversal) {
        Map<String, Object> body = initiatorHeader("TransactionReversal");
        body.put("TransactionID", reversal.receipt());
        body.put("Amount", whole(reversal.amount()));
        body.put("ReceiverParty", config.shortcode());
        body.put("RecieverIdentifierType", "11");
        body.put("ResultURL", config.reversalResultUrl());
        body.put("QueueTimeOutURL", config.reversalTimeoutUrl());
        body.put("Remarks", reversal.remarks());
        body.put("Occasion", reversal.occasion());
        return body;
    }

    Map<String, Object> accountBalance(Account account, String remarks) {
        Map<String, Object> body = initiatorHeader("AccountBalance");
        body.put("PartyA", shortcodeOf(account));
        body.put("IdentifierType", 4);
        body.put("Remarks", DarajaRequests.text(remarks, 2, 100, "Remarks"));
        body.put("QueueTimeOutURL", config.balanceTimeoutUrl());
        body.put("ResultURL", config.balanceResultUrl());
        return body;
    }

    /** The STK calls' first fields: our shortcode, and the password of this second (shortcode, passkey, timestamp). */
    private Map<String, Object> stkHeader() {
        String timestamp = ZonedDateTime.ofInstant(clock.instant(), DarajaClient.EAST_AFRICA)
                .format(DarajaClient.TIMESTAMP);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("BusinessShortCode", config.shortcode());
        body.put(
                "Password",
                Base64.getEncoder()
                        .encodeToString(
                                (config.shortcode() + config.passkey() + timestamp).getBytes(StandardCharsets.UTF_8)));
        body.put("Timestamp", timestamp);
        return body;
    }

    /** The initiator calls' first fields (Transaction Status, Reversal, Account Balance). */
    private Map<String, Object> initiatorHeader(String commandId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Initiator", config.initiatorName());
        body.put("SecurityCredential", credential());
        body.put("CommandID", commandId);
        return body;
    }

    private String credential() {
        if (securityCredential == null) {
            throw new IllegalStateException(
                    "no SecurityCredential for the M-Pesa initiator: set MPESA_CERTIFICATE_PATH (or, in the sandbox, "
                            + "MPESA_SECURITY_CREDENTIAL)");
        }
        return securityCredential;
    }

    private String shortcodeOf(Account account) {
        return account == Account.PAYOUT ? config.b2cShortcode() : config.shortcode();
    }

    /** Daraja's MSISDN: the E.164 number without its {@code +}, a Kenyan one ({@code 2547XXXXXXXX}). */
    static String msisdn(PhoneNumber phone) {
        InvalidValueException.require(
                phone.e164().startsWith("+254"),
                "M-Pesa moves money only for Kenyan numbers (+254), got " + phone.masked());
        return phone.e164().substring(1);
    }

    private static long whole(Money amount) {
        return amount.amount().longValueExact();
    }
}
