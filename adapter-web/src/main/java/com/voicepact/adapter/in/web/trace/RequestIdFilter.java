package com.voicepact.adapter.in.web.trace;

import com.voicepact.application.shared.port.out.RequestContextPort;
import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.MDC;

/**
 * Gives every inbound request an id: the caller's {@code X-Request-Id} when it is a safe one
 * ({@link RequestContextPort#isValid}: a proxy or AT's resend keeps its id), else a new UUID. The id is put in the
 * logging context ({@link #MDC_KEY}) for everything the request does, on whichever thread, and answered in the
 * {@code X-Request-Id} response header. Runs before every other filter, so even a refusal is logged with it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    /** The request header read and the response header answered. */
    static final String HEADER = "X-Request-Id";
    /** The logging context key (a JSON log line's {@code mdc.request_id}). */
    public static final String MDC_KEY = "request_id";

    private static final String ATTRIBUTE = RequestIdFilter.class.getName();

    @RequestFilter
    void identify(HttpRequest<?> request, MutablePropagatedContext context) {
        String presented = request.getHeaders().get(HEADER);
        String id = RequestContextPort.isValid(presented) ? presented : newId();
        request.setAttribute(ATTRIBUTE, id);
        Map<String, String> mdc =
                new java.util.HashMap<>(MDC.getCopyOfContextMap() == null ? Map.of() : MDC.getCopyOfContextMap());
        mdc.put(MDC_KEY, id);
        context.add(new MdcPropagationContext(mdc));
    }

    /**
     * A random (version 4) UUID from the thread's own generator: an id to find log lines by, not a secret, so it need
     * not take {@code UUID.randomUUID()}'s shared, locked {@code SecureRandom} on every USSD hop.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    @ResponseFilter
    void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header(HEADER, id));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
