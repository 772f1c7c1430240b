package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The synchronous answers of M-Pesa Express: the push's "accepted" and the query's outcome, with
 * {@code ResultCode} as a string (Daraja's query writes it so, unlike the callback's number).
 */
final class StkAnswers {

    private StkAnswers() {}

    /** {@code POST /mpesa/stkpush/v1/processrequest}: accepted, the payer's outcome comes later. */
    static ObjectNode accepted(ObjectMapper json, StkCheckout checkout) {
        return json.createObjectNode()
                .put("MerchantRequestID", checkout.merchantRequestId)
                .put("CheckoutRequestID", checkout.checkoutRequestId)
                .put("ResponseCode", "0")
                .put("ResponseDescription", "Success. Request accepted for processing")
                .put("CustomerMessage", "Success. Request accepted for processing");
    }

    /** {@code POST /mpesa/stkpushquery/v1/query} once the payer decided; the caller holds the lock that guards the checkout. */
    static ObjectNode queried(ObjectMapper json, StkCheckout checkout) {
        return json.createObjectNode()
                .put("ResponseCode", "0")
                .put("ResponseDescription", "The service request has been accepted successsfully")
                .put("MerchantRequestID", checkout.merchantRequestId)
                .put("CheckoutRequestID", checkout.checkoutRequestId)
                .put("ResultCode", Integer.toString(checkout.resultCode))
                .put("ResultDesc", checkout.resultDesc);
    }
}
