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
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Every body the API reads, checked once before any controller sees it: a JSON, form or plain-text
 * body must be UTF-8 bytes, and a JSON body must hold exactly one value. (A form's %-escapes that do
 * not decode as UTF-8 are left to {@code FormBody}, which reads AT's callbacks tolerantly so that a
 * garbled field is answered, not resent for hours.) Either refusal is 400 with a reason in the user's terms; left to the framework,
 * bad bytes became replacement characters or a decoder's class name, and a JSON reader reads the first
 * value and ignores the rest. Runs after the operator key check, so it tells nothing to a stranger.
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
        boolean json = type.isEmpty() || type.get().getSubtype().toLowerCase(Locale.ROOT).endsWith("json");
        boolean form = type.isPresent() && type.get().matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        boolean text = type.isPresent() && type.get().matches(MediaType.TEXT_PLAIN_TYPE);
        boolean declaredOther = type.flatMap(MediaType::getCharset).filter(c -> !c.equals(StandardCharsets.UTF_8)).isPresent();
        if (!(json || form || text) || declaredOther) {
            return null;
        }
        try {
            String decoded = utf8(body);
            if (json) {
                JsonText.requireOneValue(decoded);
            }
            return null;
        } catch (InvalidValueException refused) {
            return ApiErrors.of(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
    }

    /** Strict UTF-8 decoding: a malformed or unmappable sequence is refused, never replaced. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidValueException(NOT_UTF8);
        }
    }
}
