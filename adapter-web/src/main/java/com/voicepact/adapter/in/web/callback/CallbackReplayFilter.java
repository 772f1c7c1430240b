package com.voicepact.adapter.in.web.callback;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * A signed callback answered 5xx (handling failed on our side, so the provider sends it again) is not
 * counted as received: its signature is forgotten, so the identical resend is handled instead of refused
 * as a replay. The "seen" mark of a callback, like the mark of the message it carries, stands only with
 * its effect.
 */
@ServerFilter("/api/v1/**")
final class CallbackReplayFilter {

    private final CallbackGuard guard;

    CallbackReplayFilter(CallbackGuard guard) {
        this.guard = guard;
    }

    @ResponseFilter
    void forgetTheSignatureOfAFailedCallback(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() >= 500) {
            guard.forgetSignatureOf(request);
        }
    }
}
