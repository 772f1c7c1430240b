package com.voicepact.bootstrap;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;

/** The end-to-end tests' usual start: 10 bags of maize, buyer 0712345678, seller 0722000111, both confirmed. */
final class ConfirmedContracts {

    private ConfirmedContracts() {}

    /** Creates and confirms it through the operator API; {@code unitPrice} in shillings. Returns the contract's id. */
    static String create(ApplicationContext service, URI base, String key, int unitPrice) throws IOException {
        HttpResponse<String> created = Http.post(base, "/api/v1/contracts/create", key, """
                {"parties": [{"phone": "0712345678", "role": "buyer"}, {"phone": "0722000111", "role": "seller"}],
                 "terms": {"product": "Maize", "quantity": 10, "unit": "bags", "unit_price": %d, "currency": "KES"}}""".formatted(unitPrice));
        String id = (String) Eventually.json(service, created.body()).get("contract_id");
        Http.post(base, "/api/v1/contracts/" + id + "/confirm?phone_number=0712345678", key, null);
        Http.post(base, "/api/v1/contracts/" + id + "/confirm?phone_number=0722000111", key, null);
        return id;
    }
}
