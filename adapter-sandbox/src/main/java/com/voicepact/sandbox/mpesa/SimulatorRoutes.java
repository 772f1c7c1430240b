package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Locale;

/**
 * The phone simulator's small JSON API, under {@code /sandbox/daraja} (sandbox only, no token):
 * <ul>
 *   <li>{@code GET /sandbox/daraja/phones/{2547XXXXXXXX}/prompts} -> the prompts waiting, as {@link PromptFeed} draws
 *       them ({@code [{"checkout_request_id","phone","amount","amount_text","business","account_reference",
 *       "transaction_desc","state"}]})</li>
 *   <li>{@code GET /sandbox/daraja/events} -> server-sent events {@code prompt}, as a prompt opens and closes</li>
 *   <li>{@code POST /sandbox/daraja/prompts/{CheckoutRequestID}/{pin|wrong-pin|cancel|ignore}} -> 200
 *       {@code {"done":true}}, or 409 {@code {"done":false}} when no such prompt waits</li>
 *   <li>{@code GET /sandbox/daraja/accounts} -> {@code {"utility":"123.00"}} (KES)</li>
 * </ul>
 * Every answer allows any origin ({@code Access-Control-Allow-Origin: *}, and a 204 to a preflight {@code OPTIONS}):
 * the phone simulator page is served by the AT sandbox, on another port. Only these routes, never Daraja's API.
 */
final class SimulatorRoutes {

    static final String PREFIX = "/sandbox/daraja";

    private SimulatorRoutes() {}

    /** True when the exchange was kept open (the event stream): the caller must not close it. */
    static boolean handle(DarajaSandbox sandbox, PromptFeed feed, HttpExchange exchange, String path)
            throws IOException {
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        if (exchange.getRequestMethod().equals("OPTIONS")) {
            exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST");
            exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type");
            exchange.sendResponseHeaders(204, -1);
            return false;
        }
        String[] parts = path.split("/");
        String route = exchange.getRequestMethod() + " " + (parts.length > 1 ? parts[1] : "");
        if (route.equals("GET events") && parts.length == 2) {
            feed.stream().subscribe(exchange);
            return true;
        }
        if (route.equals("GET phones") && parts.length == 4 && parts[3].equals("prompts")) {
            ArrayNode list = sandbox.object().arrayNode();
            sandbox.prompts(parts[2]).forEach(p -> list.add(feed.view(p)));
            sandbox.sendJson(exchange, 200, list);
        } else if (route.equals("POST prompts") && parts.length == 4 && answer(parts[3]) != null) {
            boolean done = sandbox.answer(parts[2], answer(parts[3]));
            sandbox.sendJson(exchange, done ? 200 : 409, sandbox.object().put("done", done));
        } else if (route.equals("GET accounts") && parts.length == 2) {
            sandbox.sendJson(
                    exchange, 200, sandbox.object().put("utility", PayoutResults.money(sandbox.utilityAccount())));
        } else {
            ObjectNode error = sandbox.object().put("error", "no such sandbox route");
            sandbox.sendJson(exchange, 404, error);
        }
        return false;
    }

    private static PromptAnswer answer(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "pin" -> PromptAnswer.PIN;
            case "wrong-pin" -> PromptAnswer.WRONG_PIN;
            case "cancel" -> PromptAnswer.CANCEL;
            case "ignore" -> PromptAnswer.IGNORE;
            default -> null;
        };
    }
}
