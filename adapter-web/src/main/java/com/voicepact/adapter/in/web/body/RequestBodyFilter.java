package com.voicepact.adapter.in.web.body;

import com.voicepact.adapter.in.web.error.ApiErrors;
import com.voicepact.domain.InvalidValueException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Every body the API reads, checked once before any controller sees it: a JSON, form or plain-text
 * body must be text in its charset (UTF-8 unless a form or text body names another; JSON always), and
 * a JSON body must hold exactly one value ({@link JsonText}). Either refusal is 400 with a reason in
 * the user's terms. Left to the framework, bad bytes became replacement characters that were stored
 * (a payment event under a transaction id with U+FFFD in it), and the JSON reader read the first value
 * and ignored the rest. A form's %-escapes that do not decode as UTF-8 are left to {@code FormBody},
 * which reads AT's callbacks tolerantly, so that a garbled field is answered rather than resent for hours.
 * Runs after the operator key check, so it tells nothing to a stranger.
 */
@ServerFilter("/**")
final class RequestBodyFilter implements Ordered {

    static final String NOT_UTF8 = "the body is not valid UTF-8 text; send it encoded as UTF-8";

    @Override
    public int getOrder() {
        return 100; // after OperatorAuthenticationFilter (order 0)
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> readable(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        Optional<MediaType> type = request.getContentType();
        boolean json = type.isEmpty()
                || type.get().getSubtype().toLowerCase(Locale.ROOT).endsWith("json");
        boolean form = type.isPresent() && type.get().matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        boolean text = type.isPresent() && type.get().matches(MediaType.TEXT_PLAIN_TYPE);
        if (!(json || form || text)) {
            return null;
        }
        try {
            Charset declared = json
                    ? StandardCharsets.UTF_8
                    : type.map(RequestBodyFilter::declaredCharset).orElse(StandardCharsets.UTF_8);
            String decoded = declared.equals(StandardCharsets.UTF_8) ? utf8(body) : new String(body, declared);
            if (json) {
                JsonText.requireOneValue(decoded);
            }
            return null;
        } catch (InvalidValueException refused) {
            return ApiErrors.of(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
    }

    /**
     * The charset a form or text body names (UTF-8 when it names none); a name no JVM knows is refused.
     * JSON is UTF-8 whatever the header says (RFC 8259), which is also how the JSON reader reads it.
     */
    private static Charset declaredCharset(MediaType type) {
        try {
            return type.getCharset().orElse(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException(
                    "the Content-Type names a charset that is not known; send the body as UTF-8");
        }
    }

    /** Strict UTF-8 decoding: a malformed or unmappable sequence is refused, never replaced. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidValueException(NOT_UTF8);
        }
    }
}
