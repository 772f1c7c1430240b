package com.voicepact.adapter.out.mpesa;

import static com.voicepact.adapter.out.mpesa.DarajaConfigChecks.blank;
import static com.voicepact.adapter.out.mpesa.DarajaConfigChecks.require;
import static com.voicepact.adapter.out.mpesa.DarajaConfigChecks.requireCertificate;
import static com.voicepact.adapter.out.mpesa.DarajaConfigChecks.requireShortcode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything the Daraja client needs, validated when built (source of the wire facts:
 * {@code shared/reference/mpesa-daraja.md}).
 *
 * <ul>
 *   <li>{@code baseUrl}: Daraja's host for the environment, or another (the local sandbox) via {@link #pointedAt}.</li>
 *   <li>{@code shortcode}/{@code passkey}: the collecting Paybill or Till's shortcode and its STK passkey;
 *       {@code partyB}: where the STK money goes (the shortcode for a Paybill, the till for buy goods).</li>
 *   <li>{@code b2cShortcode}, {@code initiatorName}, {@code initiatorPassword}: the payout account and the API initiator
 *       that signs B2C, Transaction Status, Reversal and Account Balance requests.</li>
 *   <li>{@code certificatePath}: Safaricom's public certificate (PEM or DER X.509) to encrypt the initiator password
 *       with; {@code securityCredential}: an already computed credential (the sandbox portal offers one). Production needs
 *       the certificate; the sandbox needs one of the two only when an initiator call is made.</li>
 *   <li>{@code callbackBaseUrl}: where Daraja posts results; the callback paths hang under it (see {@link #stkCallbackUrl()}
 *       and {@link DarajaCallbackUrls}).
 *       It must be HTTPS in production and must contain none of the words Safaricom forbids in callback URLs.</li>
 *   <li>{@code ipAllowlist}: addresses or CIDR ranges callbacks may come from (empty: any).</li>
 * </ul>
 *
 * Read from the environment by {@link DarajaVariables}; the callback URL's rules are {@link DarajaCallbackUrls}, the
 * callers' {@link DarajaCallers}, the other checks {@link DarajaConfigChecks}.
 *
 * @throws IllegalArgumentException from the constructor, naming the environment variable at fault
 */
public record DarajaConfig(
        DarajaEnvironment environment,
        String baseUrl,
        String consumerKey,
        String consumerSecret,
        String shortcode,
        String passkey,
        StkTransactionType transactionType,
        String partyB,
        String b2cShortcode,
        String initiatorName,
        String initiatorPassword,
        Path certificatePath,
        String securityCredential,
        String callbackBaseUrl,
        List<String> ipAllowlist,
        Duration connectTimeout,
        Duration requestTimeout) {

    /** Safaricom's published sandbox Paybill and its STK passkey. */
    public static final String SANDBOX_SHORTCODE = "174379";

    public static final String SANDBOX_PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";
    /** Safaricom's sandbox B2C shortcode (the Daraja portal's test credentials; the local sandbox uses it too). */
    public static final String SANDBOX_B2C_SHORTCODE = "600996";

    public static final String SANDBOX_INITIATOR = "testapi";

    public DarajaConfig {
        require(environment != null, "MPESA_ENVIRONMENT is required");
        baseUrl = blank(baseUrl) ? environment.baseUrl() : DarajaCallbackUrls.withoutTrailingSlash(baseUrl);
        require(!blank(consumerKey), "MPESA_CONSUMER_KEY is required");
        require(!blank(consumerSecret), "MPESA_CONSUMER_SECRET is required");
        requireShortcode(shortcode, "MPESA_SHORTCODE must be 5 to 8 digits");
        require(!blank(passkey), "MPESA_PASSKEY is required");
        require(transactionType != null, "MPESA_TRANSACTION_TYPE is required");
        partyB = blank(partyB) && transactionType == StkTransactionType.PAYBILL ? shortcode : partyB;
        requireShortcode(partyB, "MPESA_TILL_NUMBER must be 5 to 8 digits for CustomerBuyGoodsOnline");
        requireShortcode(b2cShortcode, "MPESA_B2C_SHORTCODE must be 5 to 8 digits");
        require(!blank(initiatorName), "MPESA_INITIATOR_NAME is required");
        require(!blank(initiatorPassword), "MPESA_INITIATOR_PASSWORD is required");
        securityCredential = blank(securityCredential) ? null : securityCredential.strip();
        requireCertificate(environment, certificatePath);
        callbackBaseUrl = DarajaCallbackUrls.checked(environment, callbackBaseUrl);
        ipAllowlist = List.copyOf(ipAllowlist == null ? List.of() : ipAllowlist);
        DarajaCallers.requireEntries(ipAllowlist);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
    }

    /** The same configuration sending every request to {@code url} (the local sandbox, a test server). */
    public DarajaConfig pointedAt(String url) {
        return copy(url, connectTimeout, requestTimeout);
    }

    public DarajaConfig withTimeouts(Duration connect, Duration request) {
        return copy(baseUrl, connect, request);
    }

    private DarajaConfig copy(String url, Duration connect, Duration request) {
        return new DarajaConfig(
                environment,
                url,
                consumerKey,
                consumerSecret,
                shortcode,
                passkey,
                transactionType,
                partyB,
                b2cShortcode,
                initiatorName,
                initiatorPassword,
                certificatePath,
                securityCredential,
                callbackBaseUrl,
                ipAllowlist,
                connect,
                request);
    }

    /** Where Daraja posts the STK push result ({@code CallBackURL}). */
    public String stkCallbackUrl() {
        return callbackBaseUrl + "/stk";
    }

    public String b2cResultUrl() {
        return callbackBaseUrl + "/b2c/result";
    }

    public String b2cTimeoutUrl() {
        return callbackBaseUrl + "/b2c/timeout";
    }

    public String statusResultUrl() {
        return callbackBaseUrl + "/status/result";
    }

    public String statusTimeoutUrl() {
        return callbackBaseUrl + "/status/timeout";
    }

    public String reversalResultUrl() {
        return callbackBaseUrl + "/reversal/result";
    }

    public String reversalTimeoutUrl() {
        return callbackBaseUrl + "/reversal/timeout";
    }

    public String balanceResultUrl() {
        return callbackBaseUrl + "/balance/result";
    }

    public String balanceTimeoutUrl() {
        return callbackBaseUrl + "/balance/timeout";
    }

    /**
     * Whether a callback from {@code address} (an IPv4 or IPv6 literal) is allowed: any address when the allowlist is empty,
     * else one equal to an entry or inside an entry's CIDR range. A malformed address is not allowed.
     */
    public boolean allowsCaller(String address) {
        return DarajaCallers.allows(ipAllowlist, address);
    }

    @Override
    public String toString() {
        return "DarajaConfig[" + environment + ", " + baseUrl + ", shortcode " + shortcode + ", "
                + transactionType.wire() + ", b2c " + b2cShortcode + ", initiator " + initiatorName + ", callbacks "
                + callbackBaseUrl + "]";
    }
}
