package com.voicepact.bootstrap;

import com.voicepact.sandbox.RecordedRequest;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import com.voicepact.sandbox.mpesa.DeliveredCallback;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * A payer's phone on the local Daraja of the running service, driven as a person drives the phone simulator: over the
 * sandbox's simulator HTTP API ({@code GET /sandbox/daraja/phones/{phone}/prompts},
 * {@code POST /sandbox/daraja/prompts/{CheckoutRequestID}/{pin|wrong-pin|cancel|ignore}}), never through its Java
 * methods. Also reads what the sandbox saw (Daraja calls by path, callbacks posted), for journeys that assert how the
 * money moved. Reusable by any bootstrap test on the embedded default ({@code PAYMENT_PROVIDER} unset).
 */
final class DarajaPhone {

    static final String STK_PUSH = "/mpesa/stkpush/v1/processrequest";
    static final String STK_QUERY = "/mpesa/stkpushquery/v1/query";
    static final String B2C = "/mpesa/b2c/v3/paymentrequest";
    static final String TRANSACTION_STATUS = "/mpesa/transactionstatus/v1/query";
    static final String REVERSAL = "/mpesa/reversal/v1/request";

    private final DarajaSandbox daraja;

    DarajaPhone(DarajaSandbox daraja) {
        this.daraja = daraja;
    }

    /**
     * Waits for the STK prompt {@code checkoutRequestId} on the phone of {@code payer} ({@code 2547...}) and answers it
     * with {@code answer} ({@code pin}, {@code wrong-pin}, {@code cancel} or {@code ignore}).
     *
     * @throws AssertionError when the prompt never shows or the answer is refused
     */
    void answer(String payer, String checkoutRequestId, String answer) throws InterruptedException {
        URI simulator = daraja.url().resolve(DarajaSandbox.SIMULATOR_API + "/");
        Eventually.await(
                "the STK prompt on " + payer,
                () -> Http.get(simulator, "phones/" + payer + "/prompts", null)
                        .body()
                        .contains("\"" + checkoutRequestId + "\""));
        HttpResponse<String> pressed = Http.post(simulator, "prompts/" + checkoutRequestId + "/" + answer, null, null);
        if (pressed.statusCode() != 200) {
            throw new AssertionError("the phone could not answer " + checkoutRequestId + ": " + pressed.statusCode()
                    + " " + pressed.body());
        }
    }

    /** The Daraja API requests the service sent to {@code path} (e.g. {@link #B2C}). */
    List<RecordedRequest> calls(String path) {
        return daraja.requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The callbacks the sandbox posted to a URL ending in {@code suffix} (e.g. {@code /stk}, {@code /b2c/result}). */
    List<DeliveredCallback> callbacks(String suffix) {
        return daraja.deliveredCallbacks().stream()
                .filter(c -> c.url().endsWith(suffix))
                .toList();
    }

    DarajaSandbox sandbox() {
        return daraja;
    }
}
