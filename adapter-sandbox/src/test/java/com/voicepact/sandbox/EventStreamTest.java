package com.voicepact.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Server-sent events over a real socket: events in order to every page, a closed page dropped. */
class EventStreamTest {

    private final EventStream stream = new EventStream();
    private HttpServer server;

    @AfterEach
    void stop() {
        stream.close();
        server.stop(0);
    }

    @Test
    void givenTwoPagesListening_whenEventsArePublished_thenEachGetsThemInOrderAndAClosedOneIsDropped()
            throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/events", stream::subscribe);
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/events");
        EventStreamReader first = new EventStreamReader(url);
        try (EventStreamReader second = new EventStreamReader(url)) {
            for (int i = 1; i <= 3; i++) {
                stream.publish("sms", "{\"n\":" + i + "}");
            }
            for (EventStreamReader page : new EventStreamReader[] {first, second}) {
                assertThat(page.next("sms", "1").data()).isEqualTo("{\"n\":1}");
                assertThat(page.next("sms", "{").data()).isEqualTo("{\"n\":2}");
                assertThat(page.next("sms", "{").data()).isEqualTo("{\"n\":3}");
            }
            assertThat(stream.listeners()).isEqualTo(2);

            first.close();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (stream.listeners() > 1 && System.nanoTime() < deadline) {
                stream.publish("ping", "{}");
                Thread.sleep(20);
            }
            assertThat(stream.listeners()).as("the closed page is dropped").isEqualTo(1);
            stream.publish("sms", "{\"n\":4}");
            assertThat(second.next("sms", "4").data()).isEqualTo("{\"n\":4}");
        }
    }
}
