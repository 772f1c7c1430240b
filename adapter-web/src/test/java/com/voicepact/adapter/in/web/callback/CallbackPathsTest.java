package com.voicepact.adapter.in.web.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule that splits provider callbacks from operator endpoints, as the filter's pattern and as a test. */
class CallbackPathsTest {

    private static final Pattern OPERATOR = Pattern.compile(CallbackPaths.OPERATOR_PATHS);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/ussd",
                "/api/v1/ussd/",
                "/api/v1/payments/webhook",
                "/api/v1/payments/webhook/some-token",
                "/api/v1/payments/callbacks/tok/en/stk",
                "/api/v1/sms/webhook",
                "/api/v1/sms/delivery-report/tok",
                "/api/v1/voice/webhook"
            })
    void givenACallbackPath_whenClassified_thenItIsACallbackAndTheOperatorFilterDoesNotMatchIt(String path) {
        assertThat(CallbackPaths.isCallback(path)).isTrue();
        assertThat(OPERATOR.matcher(path).matches()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/contracts/create",
                "/api/v1/ussd/test/session",
                "/api/v1/ussdx",
                "/api/v1/payments/webhooks",
                "/api/v1/payments/checkout",
                "/api/v1/sms/send",
                "/api/v1/voice/extract",
                "/api/v1/console/events",
                "/api/v1/",
                "/management",
                "/management/prometheus"
            })
    void givenAnOperatorPath_whenClassified_thenTheOperatorFilterMatchesIt(String path) {
        assertThat(CallbackPaths.isCallback(path)).isFalse();
        assertThat(OPERATOR.matcher(path).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/info", "/console", "/console/session", "/swagger-ui/index.html", "/"})
    void givenAnOpenPath_whenClassified_thenNeitherRuleClaimsIt(String path) {
        assertThat(CallbackPaths.isCallback(path)).isFalse();
        assertThat(OPERATOR.matcher(path).matches()).isFalse();
    }
}
