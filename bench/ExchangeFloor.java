import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rate of one HTTP exchange like the STK query, with nothing else: the JDK's HttpClient (as the service's Daraja
 * adapter uses) posting Daraja's STK query body to a JDK HttpServer (as bench/NotificationLoad.java's fake Daraja
 * answers it, TCP_NODELAY on), both in this JVM on this machine, {@code clients} threads at once. Every original
 * payment callback makes this exchange once, on top of its own request and its transaction, so 1 / (1 / this rate +
 * 1 / the callbacks' floor rate) bounds what any settle path could reach here.
 *
 * <p>{@code java bench/ExchangeFloor.java [clients] [seconds]} (defaults 16, 10; 5 s of warm-up first)
 */
public class ExchangeFloor {

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newFixedThreadPool(8));
        byte[] answer = ("{\"ResponseCode\":\"0\",\"ResponseDescription\":\"The service request has been accepted "
                        + "successsfully\",\"MerchantRequestID\":\"bench-1\",\"CheckoutRequestID\":\"ws_CO_1\","
                        + "\"ResultCode\":\"0\",\"ResultDesc\":\"The service request is processed successfully.\"}")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mpesa/stkpushquery/v1/query");
        String body = "{\"BusinessShortCode\":\"174379\",\"Password\":\"MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2"
                + "QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkxOTIwMjYxMTMwMTAxNTMw\",\"Timestamp\":\"20261130101530\","
                + "\"CheckoutRequestID\":\"ws_CO_1\"}";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + (5L + seconds) * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                                .header("Authorization", "Bearer bench-token")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        done.incrementAndGet();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(5_000);
        long warm = done.get();
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("exchanges/s: %.0f (%d clients, %d s after 5 s of warm-up)%n",
                (done.get() - warm) / (double) seconds, clients, seconds);
        System.exit(0);
    }
}
