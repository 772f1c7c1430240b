import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment-notification load: plays M-Pesa Daraja for the service (the service runs with {@code MPESA_BASE_URL} set to
 * this process's port) and then posts Daraja's STK callbacks at the highest rate {@code clients} threads reach.
 *
 * <p>Set-up (over the operator API): contracts confirmed by both parties, {@code perContract} checkouts each; every
 * checkout's STK push reaches this fake Daraja, which gives it a {@code CheckoutRequestID} and decides its outcome
 * (90% paid, 10% cancelled by the payer, code 1032), which the STK query then reports (the service confirms every
 * callback with that query before it moves money). Load: one STK callback per checkout, byte for byte as Daraja writes
 * it (mpesa-daraja.md: {@code Body.stkCallback}, {@code CallbackMetadata} only on success), plus 30% duplicates of the
 * callbacks sent (half right next to their original, so two threads send them at once, half later), the order shuffled
 * in windows of 64 (a later checkout's callback before an earlier one's). Prints answers by status, rate, p50/p99.
 * The money checks after the run are SQL in bench/notifications-load.sh.
 *
 * <p>{@code java bench/NotificationLoad.java <base-url> <api-key> <daraja-port> <payments> <clients> [perContract]
 * [plan-file]}
 */
public class NotificationLoad {

    static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"?([^\",}]*)\"?");
    static final Map<String, Checkout> CHECKOUTS = new ConcurrentHashMap<>();
    static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

    record Checkout(String id, String merchantId, String amount, String phone, String callbackUrl, int resultCode) {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String key = args[1];
        int darajaPort = Integer.parseInt(args[2]);
        int payments = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        int perContract = args.length > 5 ? Integer.parseInt(args[5]) : 4;
        String planFile = args.length > 6 ? args[6] : null;
        int warmUps = args.length > 7 ? Integer.parseInt(args[7]) : 0;
        // The JDK's HttpServer writes a response's headers and body apart and, without TCP_NODELAY, holds the body
        // until the client acknowledges the headers, which it delays by 40 ms: every STK query then took 44 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer daraja = fakeDaraja(darajaPort);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        waitForHealth(http, base);
        for (int round = 0; round <= warmUps; round++) { // warm-up rounds first: the same work on a cold JIT
            java.util.Set<String> before = new java.util.HashSet<>(CHECKOUTS.keySet());
            long setupStart = System.nanoTime();
            setUp(http, base, key, payments, perContract, clients, round);
            List<Checkout> fresh = new ArrayList<>(CHECKOUTS.values());
            fresh.removeIf(c -> before.contains(c.id));
            System.out.printf("set-up: %d checkouts in %.0f s%n", fresh.size(), (System.nanoTime() - setupStart) / 1e9);
            String label = round < warmUps ? "warm-up " + (round + 1) : "notifications";
            List<Checkout> sends = schedule(fresh, new Random(14 + round));
            load(http, sends, fresh.size(), clients, label);
            if (round == warmUps && System.getenv("FLOOR") != null) {
                // The same callbacks again, all copies of settled reports now: answered after one read, without the
                // STK query or a transaction. The rate of the HTTP round trip itself, for comparison.
                load(http, sends, 0, clients, "floor (all copies)");
            }
        }
        System.out.printf("planned: paid=%d failed=%d%n", CHECKOUTS.values().stream().filter(c -> c.resultCode == 0).count(),
                CHECKOUTS.values().stream().filter(c -> c.resultCode != 0).count());
        if (planFile != null) { // what the STK query says of each checkout, for the checks after the run
            StringBuilder plan = new StringBuilder();
            CHECKOUTS.values().forEach(c -> plan.append(c.id).append(',').append(c.resultCode).append('\n'));
            java.nio.file.Files.writeString(java.nio.file.Path.of(planFile), plan);
        }
        daraja.stop(0);
        System.exit(0); // the fake Daraja's pool threads would keep the JVM
    }

    // ---- the fake Daraja: OAuth, STK push, STK query; anything else 404 ----
    static HttpServer fakeDaraja(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        server.setExecutor(Executors.newFixedThreadPool(8));
        Random outcomes = new Random(7);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> body = fields(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (path.equals("/oauth/v1/generate")) {
                send(exchange, 200, "{\"access_token\":\"bench-token\",\"expires_in\":\"3599\"}");
            } else if (path.equals("/mpesa/stkpush/v1/processrequest")) {
                long n = IDS.incrementAndGet();
                int code;
                synchronized (outcomes) {
                    code = outcomes.nextInt(10) == 0 ? 1032 : 0;
                }
                Checkout c = new Checkout("ws_CO_" + n, "bench-" + n, body.get("Amount"), body.get("PhoneNumber"),
                        body.get("CallBackURL"), code);
                CHECKOUTS.put(c.id, c);
                send(exchange, 200, "{\"MerchantRequestID\":\"" + c.merchantId + "\",\"CheckoutRequestID\":\"" + c.id
                        + "\",\"ResponseCode\":\"0\",\"ResponseDescription\":\"Success. Request accepted for processing\","
                        + "\"CustomerMessage\":\"Success. Request accepted for processing\"}");
            } else if (path.equals("/mpesa/stkpushquery/v1/query")) {
                Checkout c = CHECKOUTS.get(body.get("CheckoutRequestID"));
                if (c == null) {
                    send(exchange, 400, "{\"requestId\":\"bench\",\"errorCode\":\"400.002.02\","
                            + "\"errorMessage\":\"Bad Request - Invalid CheckoutRequestID\"}");
                } else {
                    send(exchange, 200, "{\"ResponseCode\":\"0\",\"ResponseDescription\":\"The service request has been "
                            + "accepted successsfully\",\"MerchantRequestID\":\"" + c.merchantId + "\",\"CheckoutRequestID\":\""
                            + c.id + "\",\"ResultCode\":\"" + c.resultCode + "\",\"ResultDesc\":\"" + describe(c.resultCode) + "\"}");
                }
            } else {
                send(exchange, 404, "{\"errorCode\":\"404.001.01\",\"errorMessage\":\"Resource not found\"}");
            }
        });
        server.start();
        return server;
    }

    static String describe(int code) {
        return code == 0 ? "The service request is processed successfully." : "Request cancelled by user";
    }

    /** Daraja's STK callback (mpesa-daraja.md): CallbackMetadata only on success, Amount with two decimals. */
    static String callback(Checkout c) {
        String head = "{\"Body\":{\"stkCallback\":{\"MerchantRequestID\":\"" + c.merchantId + "\",\"CheckoutRequestID\":\""
                + c.id + "\",\"ResultCode\":" + c.resultCode + ",\"ResultDesc\":\"" + describe(c.resultCode) + "\"";
        if (c.resultCode != 0) {
            return head + "}}}";
        }
        String amount = new java.math.BigDecimal(c.amount).setScale(2).toPlainString();
        return head + ",\"CallbackMetadata\":{\"Item\":[{\"Name\":\"Amount\",\"Value\":" + amount + "},"
                + "{\"Name\":\"MpesaReceiptNumber\",\"Value\":\"BNC" + c.id.substring(6) + "\"},{\"Name\":\"Balance\"},"
                + "{\"Name\":\"TransactionDate\",\"Value\":20261130101530},{\"Name\":\"PhoneNumber\",\"Value\":" + c.phone
                + "}]}}}}";
    }

    static Map<String, String> fields(String json) {
        Map<String, String> map = new TreeMap<>();
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            map.putIfAbsent(m.group(1), m.group(2));
        }
        return map;
    }

    static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    // ---- set-up over the operator API ----
    static void waitForHealth(HttpClient http, URI base) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service did not get healthy");
    }

    static void setUp(HttpClient http, URI base, String key, int payments, int perContract, int clients, int round)
            throws InterruptedException {
        int contracts = (payments + perContract - 1) / perContract;
        AtomicInteger next = new AtomicInteger(round * contracts); // each round its own parties
        int end = (round + 1) * contracts;
        AtomicInteger failures = new AtomicInteger();
        runThreads(Math.max(4, clients), () -> {
            for (int i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
                try {
                    contract(http, base, key, i, perContract);
                } catch (Exception e) {
                    if (failures.incrementAndGet() <= 3) {
                        System.err.println("set-up failed: " + e.getMessage());
                    }
                }
            }
        });
        if (failures.get() > 0) {
            System.err.println("set-up failures: " + failures.get());
        }
    }

    static void contract(HttpClient http, URI base, String key, int i, int perContract) throws Exception {
        String buyer = String.format("0711%06d", i);
        String seller = String.format("0722%06d", i);
        int total = 0;
        for (int k = 0; k < perContract; k++) {
            total += 100 + k;
        }
        String created = post(http, base, key, "/api/v1/contracts/create", "{\"parties\":[{\"phone\":\"" + buyer
                + "\",\"role\":\"buyer\"},{\"phone\":\"" + seller + "\",\"role\":\"seller\"}],\"terms\":{\"product\":\"Maize\","
                + "\"total_amount\":" + total + ",\"currency\":\"KES\"}}", 201);
        String id = fields(created).get("contract_id") != null ? fields(created).get("contract_id") : fields(created).get("id");
        post(http, base, key, "/api/v1/contracts/" + id + "/confirm", "{\"phone_number\":\"" + buyer + "\"}", 200);
        post(http, base, key, "/api/v1/contracts/" + id + "/confirm", "{\"phone_number\":\"" + seller + "\"}", 200);
        for (int k = 0; k < perContract; k++) {
            post(http, base, key, "/api/v1/payments/checkout", "{\"contract_id\":\"" + id + "\",\"phone_number\":\"" + buyer
                    + "\",\"amount\":" + (100 + k) + ",\"currency\":\"KES\"}", 201);
        }
    }

    static String post(HttpClient http, URI base, String key, String path, String json, int expected) throws Exception {
        HttpResponse<String> r = null;
        for (int attempt = 0; attempt < 50 && (r == null || r.statusCode() == 409); attempt++) { // 409: lost a race, retry
            r = http.send(HttpRequest.newBuilder(base.resolve(path)).header("X-API-Key", key)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        if (r.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    // ---- the schedule: originals shuffled in windows, 30% of all sends duplicates ----
    static List<Checkout> schedule(List<Checkout> checkouts, Random random) {
        checkouts.sort((a, b) -> a.id.compareTo(b.id)); // the order the checkouts were made
        List<Checkout> sends = new ArrayList<>();
        for (int from = 0; from < checkouts.size(); from += 64) { // out of order: shuffled within each window
            List<Checkout> window = new ArrayList<>(checkouts.subList(from, Math.min(checkouts.size(), from + 64)));
            Collections.shuffle(window, random);
            sends.addAll(window);
        }
        int duplicates = (int) Math.round(checkouts.size() * 0.3 / 0.7);
        for (int d = 0; d < duplicates; d++) {
            Checkout c = checkouts.get(random.nextInt(checkouts.size()));
            int at = sends.indexOf(c);
            if (d % 2 == 0) {
                sends.add(at + 1, c); // right after its original: two client threads send them at once
            } else {
                sends.add(at + 1 + random.nextInt(sends.size() - at), c); // later, possibly much later
            }
        }
        return sends;
    }

    // ---- the load ----
    static void load(HttpClient http, List<Checkout> sends, int originals, int clients, String label)
            throws InterruptedException {
        long[] latencies = new long[sends.size()];
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        runThreads(clients, () -> {
            for (int i = next.getAndIncrement(); i < sends.size(); i = next.getAndIncrement()) {
                Checkout c = sends.get(i);
                long t0 = System.nanoTime();
                int status;
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(c.callbackUrl))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(callback(c))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    status = r.statusCode();
                    if (status != 200 && statuses.getOrDefault(status, new AtomicInteger()).get() < 3) {
                        System.err.println("answer " + status + ": " + r.body());
                    }
                } catch (Exception e) {
                    status = -1;
                }
                latencies[i] = System.nanoTime() - t0;
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("%s: sent=%d (originals %d, duplicates %d) clients=%d seconds=%.1f per_second=%.0f "
                        + "p50=%.1fms p99=%.1fms max=%.1fms answers=%s%n",
                label, sends.size(), originals, sends.size() - originals, clients, seconds, sends.size() / seconds,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length - 1] / 1e6,
                new TreeMap<>(statuses));
    }

    static void runThreads(int n, Runnable work) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(work);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
