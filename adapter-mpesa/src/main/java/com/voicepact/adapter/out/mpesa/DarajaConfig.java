package com.voicepact.adapter.out.mpesa;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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
 *   <li>{@code callbackBaseUrl}: where Daraja posts results; the callback paths hang under it (see {@link #stkCallbackUrl()}).
 *       It must be HTTPS in production and must contain none of the words Safaricom forbids in callback URLs.</li>
 *   <li>{@code ipAllowlist}: addresses or CIDR ranges callbacks may come from (empty: any).</li>
 * </ul>
 *
 * @throws IllegalArgumentException from the constructor, naming the environment variable at fault
 */
public record DarajaConfig(DarajaEnvironment environment, String baseUrl, String consumerKey, String consumerSecret,
                           String shortcode, String passkey, StkTransactionType transactionType, String partyB,
                           String b2cShortcode, String initiatorName, String initiatorPassword, Path certificatePath,
                           String securityCredential, String callbackBaseUrl, List<String> ipAllowlist,
                           Duration connectTimeout, Duration requestTimeout) {

    /**
     * Where the application takes Daraja's callbacks: {@code MPESA_CALLBACK_BASE_URL} is the service's public origin followed
     * by this path and the callback token ({@code VOICEPACT_CALLBACK_TOKEN}), see {@link #callbackBase}.
     */
    public static final String CALLBACK_PATH = "/api/v1/payments/callbacks";
    /** The callback routes under the base, one per URL method below ({@code stk}, {@code b2c/result}, ...). */
    public static final List<String> CALLBACK_ROUTES = List.of("stk", "b2c/result", "b2c/timeout", "status/result", "status/timeout",
            "reversal/result", "reversal/timeout", "balance/result", "balance/timeout");

        /** Words Safaricom refuses in a callback URL (case-insensitive). */
    public static final List<String> FORBIDDEN_CALLBACK_WORDS = List.of("mpesa", "m-pesa", "safaricom", "sql", "query", "exec", "cmd");
    /** Safaricom's published sandbox Paybill and its STK passkey. */
    public static final String SANDBOX_SHORTCODE = "174379";
    public static final String SANDBOX_PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";
    /** Safaricom's sandbox B2C shortcode (the Daraja portal's test credentials; the local sandbox uses it too). */
    public static final String SANDBOX_B2C_SHORTCODE = "600996";
    public static final String SANDBOX_INITIATOR = "testapi";

    private static final Pattern SHORTCODE = Pattern.compile("\\d{5,8}");
    private static final Pattern ADDRESS = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F.]*:[0-9a-fA-F:.]*)(/\\d{1,3})?");

    public DarajaConfig {
        require(environment != null, "MPESA_ENVIRONMENT is required");
        baseUrl = blank(baseUrl) ? environment.baseUrl() : strip(baseUrl);
        require(!blank(consumerKey), "MPESA_CONSUMER_KEY is required");
        require(!blank(consumerSecret), "MPESA_CONSUMER_SECRET is required");
        require(shortcode != null && SHORTCODE.matcher(shortcode).matches(), "MPESA_SHORTCODE must be 5 to 8 digits, got '" + shortcode + "'");
        require(!blank(passkey), "MPESA_PASSKEY is required");
        require(transactionType != null, "MPESA_TRANSACTION_TYPE is required");
        partyB = blank(partyB) && transactionType == StkTransactionType.PAYBILL ? shortcode : partyB;
        require(partyB != null && SHORTCODE.matcher(partyB).matches(),
                "MPESA_TILL_NUMBER must be 5 to 8 digits for CustomerBuyGoodsOnline, got '" + partyB + "'");
        require(b2cShortcode != null && SHORTCODE.matcher(b2cShortcode).matches(),
                "MPESA_B2C_SHORTCODE must be 5 to 8 digits, got '" + b2cShortcode + "'");
        require(!blank(initiatorName), "MPESA_INITIATOR_NAME is required");
        require(!blank(initiatorPassword), "MPESA_INITIATOR_PASSWORD is required");
        securityCredential = blank(securityCredential) ? null : securityCredential.strip();
        requireCertificate(environment, certificatePath);
        callbackBaseUrl = checkedCallbackBase(environment, callbackBaseUrl);
        ipAllowlist = List.copyOf(ipAllowlist == null ? List.of() : ipAllowlist);
        ipAllowlist.forEach(a -> require(ADDRESS.matcher(a).matches(), "MPESA_CALLBACK_IPS: '" + a + "' is not an address or CIDR range"));
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
    }

    /**
     * Reads the configuration from environment variables: {@code MPESA_ENVIRONMENT} ({@code sandbox} when unset),
     * {@code MPESA_BASE_URL} (optional override), {@code MPESA_CONSUMER_KEY}, {@code MPESA_CONSUMER_SECRET},
     * {@code MPESA_SHORTCODE}, {@code MPESA_PASSKEY}, {@code MPESA_TRANSACTION_TYPE} ({@code CustomerPayBillOnline} when
     * unset), {@code MPESA_TILL_NUMBER} (buy goods), {@code MPESA_B2C_SHORTCODE}, {@code MPESA_INITIATOR_NAME},
     * {@code MPESA_INITIATOR_PASSWORD}, {@code MPESA_CERTIFICATE_PATH}, {@code MPESA_SECURITY_CREDENTIAL},
     * {@code MPESA_CALLBACK_BASE_URL}, {@code MPESA_CALLBACK_IPS} (comma-separated). In the sandbox, Safaricom's published
     * test shortcode, passkey, B2C shortcode and initiator name stand in for unset values.
     *
     * @throws IllegalArgumentException naming every missing value at once ("M-Pesa production configuration is
     *         incomplete: MPESA_CONSUMER_KEY, MPESA_PASSKEY are not set"), or the first invalid one
     */
    public static DarajaConfig fromEnvironment(Map<String, String> env) {
        DarajaEnvironment environment = DarajaEnvironment.parse(valueOr(env, "MPESA_ENVIRONMENT", "sandbox"));
        boolean sandbox = environment == DarajaEnvironment.SANDBOX;
        StkTransactionType type = StkTransactionType.fromWire(valueOr(env, "MPESA_TRANSACTION_TYPE", "CustomerPayBillOnline"));
        List<String> needed = new ArrayList<>(List.of("MPESA_CONSUMER_KEY", "MPESA_CONSUMER_SECRET", "MPESA_CALLBACK_BASE_URL",
                "MPESA_INITIATOR_PASSWORD"));
        if (!sandbox) {
            needed.addAll(List.of("MPESA_SHORTCODE", "MPESA_PASSKEY", "MPESA_B2C_SHORTCODE", "MPESA_INITIATOR_NAME",
                    "MPESA_CERTIFICATE_PATH"));
        }
        if (type == StkTransactionType.BUY_GOODS) {
            needed.add("MPESA_TILL_NUMBER");
        }
        List<String> missing = needed.stream().filter(name -> blank(env.get(name))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("M-Pesa " + environment.name().toLowerCase(Locale.ROOT) + " configuration is incomplete: "
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " not set");
        }
        String certificate = env.get("MPESA_CERTIFICATE_PATH");
        return new DarajaConfig(environment, env.get("MPESA_BASE_URL"), env.get("MPESA_CONSUMER_KEY"), env.get("MPESA_CONSUMER_SECRET"),
                sandboxDefault(env, "MPESA_SHORTCODE", sandbox, SANDBOX_SHORTCODE),
                sandboxDefault(env, "MPESA_PASSKEY", sandbox, SANDBOX_PASSKEY), type, env.get("MPESA_TILL_NUMBER"),
                sandboxDefault(env, "MPESA_B2C_SHORTCODE", sandbox, SANDBOX_B2C_SHORTCODE),
                sandboxDefault(env, "MPESA_INITIATOR_NAME", sandbox, SANDBOX_INITIATOR), env.get("MPESA_INITIATOR_PASSWORD"),
                blank(certificate) ? null : Path.of(certificate.strip()), env.get("MPESA_SECURITY_CREDENTIAL"),
                env.get("MPESA_CALLBACK_BASE_URL"), addresses(env.get("MPESA_CALLBACK_IPS")), null, null);
    }

    /** The same configuration sending every request to {@code url} (the local sandbox, a test server). */
    public DarajaConfig pointedAt(String url) {
        return new DarajaConfig(environment, url, consumerKey, consumerSecret, shortcode, passkey, transactionType, partyB, b2cShortcode,
                initiatorName, initiatorPassword, certificatePath, securityCredential, callbackBaseUrl, ipAllowlist, connectTimeout,
                requestTimeout);
    }

    public DarajaConfig withTimeouts(Duration connect, Duration request) {
        return new DarajaConfig(environment, baseUrl, consumerKey, consumerSecret, shortcode, passkey, transactionType, partyB, b2cShortcode,
                initiatorName, initiatorPassword, certificatePath, securityCredential, callbackBaseUrl, ipAllowlist, connect, request);
    }

    /**
     * The callback base for a service reachable at {@code origin} ({@code https://pay.example.org}, or
     * {@code http://127.0.0.1:8080} for the local sandbox) with callback token {@code token}:
     * {@code origin + CALLBACK_PATH + "/" + token}, or {@code origin + CALLBACK_PATH} when no token is configured
     * (null or blank; then the callback addresses are protected by the source allowlist only).
     *
     * @throws IllegalArgumentException when the token is not URL-safe ({@code A-Z a-z 0-9 - _ .})
     */
    public static String callbackBase(String origin, String token) {
        if (blank(token)) {
            return strip(origin) + CALLBACK_PATH;
        }
        require(token.matches("[A-Za-z0-9._-]+"), "the callback token must be letters, digits, '-', '_' or '.'");
        return strip(origin) + CALLBACK_PATH + "/" + token;
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
        if (ipAllowlist.isEmpty()) {
            return true;
        }
        byte[] caller = literal(address);
        return caller != null && ipAllowlist.stream().anyMatch(entry -> inRange(caller, entry));
    }

    private static boolean inRange(byte[] caller, String entry) {
        String[] parts = entry.split("/", 2);
        byte[] network = literal(parts[0]);
        if (network == null || network.length != caller.length) {
            return false;
        }
        int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
        for (int i = 0; i < network.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
            if ((caller[i] & mask) != (network[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of an IP literal, never a name lookup (a host name is refused, not resolved). */
    private static byte[] literal(String address) {
        if (address == null || !ADDRESS.matcher(address.strip()).matches() || address.contains("/")) {
            return null;
        }
        try {
            return java.net.InetAddress.getByName(address.strip()).getAddress();
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "DarajaConfig[" + environment + ", " + baseUrl + ", shortcode " + shortcode + ", " + transactionType.wire() + ", b2c "
                + b2cShortcode + ", initiator " + initiatorName + ", callbacks " + callbackBaseUrl + "]";
    }

    private static void requireCertificate(DarajaEnvironment environment, Path certificatePath) {
        if (certificatePath == null) {
            require(environment == DarajaEnvironment.SANDBOX, "MPESA_CERTIFICATE_PATH is required in production");
            return;
        }
        require(Files.isReadable(certificatePath), "MPESA_CERTIFICATE_PATH: no readable certificate at " + certificatePath);
    }

    private static String checkedCallbackBase(DarajaEnvironment environment, String url) {
        require(!blank(url), "MPESA_CALLBACK_BASE_URL is required");
        String base = strip(url);
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("MPESA_CALLBACK_BASE_URL is not a URL: '" + url + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        require(uri.getHost() != null && (scheme.equals("https") || scheme.equals("http")),
                "MPESA_CALLBACK_BASE_URL must be an absolute http(s) URL, got '" + url + "'");
        require(environment == DarajaEnvironment.SANDBOX || scheme.equals("https"),
                "MPESA_CALLBACK_BASE_URL must be HTTPS in production (Safaricom refuses plain HTTP), got '" + url + "'");
        String lower = base.toLowerCase(Locale.ROOT);
        List<String> found = FORBIDDEN_CALLBACK_WORDS.stream().filter(lower::contains).toList();
        require(found.isEmpty(), "MPESA_CALLBACK_BASE_URL must not contain " + found
                + " (Safaricom refuses callback URLs with the words " + FORBIDDEN_CALLBACK_WORDS + "), got '" + url + "'");
        return base;
    }

    private static List<String> addresses(String value) {
        return blank(value) ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String sandboxDefault(Map<String, String> env, String name, boolean sandbox, String fallback) {
        String value = env.get(name);
        return blank(value) && sandbox ? fallback : value;
    }

    private static String valueOr(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return blank(value) ? fallback : value;
    }

    private static String strip(String url) {
        String s = url.strip();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
