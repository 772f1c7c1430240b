package com.voicepact.bootstrap;

import com.voicepact.application.shared.port.out.RequestContextPort;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The request id in SLF4J's logging context under {@code request_id} (what {@code RequestIdFilter} puts there for
 * each inbound request): every log line written meanwhile carries it, in the JSON format as {@code mdc.request_id}.
 */
@Singleton
class MdcRequestContext implements RequestContextPort {

    static final String KEY = "request_id";

    @Override
    public Optional<String> current() {
        return Optional.ofNullable(MDC.get(KEY)).filter(RequestContextPort::isValid);
    }

    @Override
    public <T> T within(String requestId, Supplier<T> work) {
        String previous = MDC.get(KEY);
        put(requestId);
        try {
            return work.get();
        } finally {
            put(previous);
        }
    }

    private static void put(String requestId) {
        if (requestId == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, requestId);
        }
    }
}
