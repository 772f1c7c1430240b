package com.voicepact.adapter.out.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import com.voicepact.application.shared.port.out.GatewayException;
import java.util.Map;
import java.util.function.Function;

/**
 * One authorised call to Daraja: a cached OAuth token, replaced once when Daraja calls it invalid
 * ({@code 404.001.03}; it was refused, so nothing moved), and the rule for calls that move money: never repeated
 * here, and {@link GatewayException} with {@code ambiguous} set when the call may have reached Daraja without an
 * answer, unset when it provably did not (connection refused, no token).
 */
final class DarajaCalls {

    static final String INVALID_TOKEN = "404.001.03";

    private final DarajaHttp http;
    private final DarajaTokens tokens;

    DarajaCalls(DarajaHttp http, DarajaTokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /** POSTs {@code body} to {@code path} and reads the answer; Daraja's refusals become {@link DarajaAnswer.Refused}. */
    <T> DarajaAnswer<T> post(
            String what,
            boolean movesMoney,
            String path,
            Map<String, Object> body,
            Function<JsonNode, DarajaAnswer<T>> read) {
        for (int attempt = 1; ; attempt++) {
            String token;
            try {
                token = tokens.token();
            } catch (DarajaGatewayError refused) {
                return refusal(refused);
            } catch (DarajaFailure failure) {
                throw new GatewayException(
                        "Daraja " + what + " not sent, no token: " + failure.getMessage(), false, failure);
            }
            try {
                return read.apply(http.postJson(path, "Bearer " + token, body));
            } catch (DarajaGatewayError error) {
                if (INVALID_TOKEN.equals(error.code()) && attempt == 1) {
                    tokens.invalidate(token);
                    continue;
                }
                if (movesMoney && !DarajaResultCodes.isDefiniteRefusal(error.code(), error.httpStatus())) {
                    throw new GatewayException(
                            "Daraja " + what + " may have been processed: " + error.getMessage(), true, error);
                }
                return refusal(error);
            } catch (DarajaFailure failure) {
                boolean mayHaveReached = failure.kind() != DarajaFailure.Kind.NOT_CONNECTED;
                throw new GatewayException(
                        "Daraja " + what + ": " + failure.getMessage(), movesMoney && mayHaveReached, failure);
            }
        }
    }

    private static <T> DarajaAnswer<T> refusal(DarajaGatewayError error) {
        return new DarajaAnswer.Refused<>(
                error.code(), error.description(), DarajaResultCodes.ofGatewayError(error.code()));
    }
}
