import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Write load for the durability benchmark: N clients create contracts (one database transaction each:
 * contract, parties, audit entry, outbox SMS) for a number of seconds after a warm-up, then print
 * creations/s and latency percentiles. Run with the JDK's source launcher:
 * {@code java bench/CommitLoad.java <base-url> <api-key> <seconds> <clients>}.
 */
public class CommitLoad {

    private static final String BODY = """
            {"parties": [{"phone": "0712345678", "role": "buyer"}, {"phone": "0722000111", "role": "seller"}],
             "terms": {"product": "Beans", "total_amount": 500, "currency": "KES"}}""";

    public static void main(String[] args) throws Exception {
        URI create = URI.create(args[0]).resolve("/api/v1/contracts/create");
        String key = args[1];
        int seconds = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        run(http, create, key, 5, clients, null); // warm-up
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = run(http, create, key, seconds, clients, latencies);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("clients=%d seconds=%d created=%d per_second=%.0f p50=%.1fms p90=%.1fms p99=%.1fms max=%.1fms non_201=%d%n",
                clients, seconds, sorted.size(), sorted.size() / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6, failures.get());
    }

    private static AtomicLong run(HttpClient http, URI create, String key, int seconds, int clients, List<Long> latencies)
            throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong failures = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                HttpRequest request = HttpRequest.newBuilder(create).header("X-API-Key", key).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 201) {
                            if (failures.incrementAndGet() <= 3) {
                                System.err.println("non-201 " + response.statusCode() + ": " + response.body());
                            }
                        } else if (latencies != null) {
                            latencies.add(System.nanoTime() - start);
                        }
                    } catch (Exception e) {
                        if (failures.incrementAndGet() <= 3) {
                            System.err.println("no answer: " + e);
                        }
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        return failures;
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1e6;
    }
}
