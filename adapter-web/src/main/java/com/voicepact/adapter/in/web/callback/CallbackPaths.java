package com.voicepact.adapter.in.web.callback;

import java.util.regex.Pattern;

/**
 * The provider callback endpoints: authenticated by {@link CallbackGuard}, not by operator API keys. Written once, as
 * a regular expression, because the operator filter's path pattern ({@link #OPERATOR_PATHS}) must be a compile-time
 * constant: callbacks never enter that filter, so they never wait for its hop off the event loop.
 */
public final class CallbackPaths {

    /** The callback addresses under {@code /api/v1/}, each with anything below it. */
    private static final String CALLBACKS =
            "(?:payments/webhook|payments/callbacks|ussd|sms/webhook|sms/delivery-report|voice/webhook)(?:/.*)?";

    /** The USSD test route sits under a callback prefix but is an operator's. */
    private static final String OPERATOR_UNDER_CALLBACKS = "/api/v1/ussd/test/.*";

    /**
     * Every operator path (regular expression, matched against the whole path): {@code /management/**}, and
     * {@code /api/v1/**} but the callbacks.
     */
    public static final String OPERATOR_PATHS =
            "/management(?:/.*)?|" + OPERATOR_UNDER_CALLBACKS + "|/api/v1/(?!" + CALLBACKS + "$).*";

    private static final Pattern CALLBACK = Pattern.compile("/api/v1/" + CALLBACKS);
    private static final Pattern OPERATOR_TEST = Pattern.compile(OPERATOR_UNDER_CALLBACKS);

    private CallbackPaths() {}

    public static boolean isCallback(String path) {
        return CALLBACK.matcher(path).matches() && !OPERATOR_TEST.matcher(path).matches();
    }
}
