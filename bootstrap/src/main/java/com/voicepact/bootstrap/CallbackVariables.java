package com.voicepact.bootstrap;

import com.voicepact.adapter.in.web.callback.CallbackSettings;
import java.util.List;
import java.util.Map;

/** The web adapter's {@link CallbackSettings} from {@code ALLOWED_IPS}, {@code MPESA_CALLBACK_IPS}, the token and the secret. */
final class CallbackVariables {

    private CallbackVariables() {}

    /**
     * Every address entry is checked now: the guard reads them only at the first callback.
     *
     * @throws StartupRefusedException naming the list with an entry that is no IP address or address block
     */
    static CallbackSettings read(EnvironmentVariables env) {
        List<String> allowed = addresses(env, Variable.ALLOWED_IPS);
        // Safaricom publishes its own callback ranges: when MPESA_CALLBACK_IPS is set, Daraja's addresses take those
        // instead.
        List<String> daraja = addresses(env, Variable.MPESA_CALLBACK_IPS);
        return new CallbackSettings(
                env.given(Variable.VOICEPACT_CALLBACK_TOKEN),
                allowed,
                env.given(Variable.WEBHOOK_SECRET),
                daraja.isEmpty() ? Map.of() : Map.of(MpesaFactory.CALLBACK_PATH, daraja));
    }

    private static List<String> addresses(EnvironmentVariables env, Variable variable) {
        List<String> entries = env.list(variable);
        for (String entry : entries) {
            try {
                CallbackSettings.requireAddressBlock(entry);
            } catch (IllegalArgumentException e) {
                throw new StartupRefusedException(variable + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }
}
