package com.voicepact.adapter.in.web.system;

import java.util.Map;

/**
 * What this build and its configuration really provide, as {@code GET /info} reports it: decided
 * by the wiring (which gateways are installed and configured), never written down by hand.
 *
 * @param providers where each provider-backed capability goes, e.g. {@code africastalking ->
 *                  local_sandbox | africastalking_sandbox | africastalking | not_configured}
 */
public record ProductFeatures(
        boolean ussdSupport,
        boolean smsIntegration,
        boolean paymentEscrow,
        boolean voiceProcessing,
        Map<String, String> providers) {

    public ProductFeatures {
        providers = Map.copyOf(providers);
    }

    /** Nothing provider-backed is wired: only what needs no provider (contracts, signatures). */
    public static ProductFeatures none() {
        return new ProductFeatures(false, false, false, false, Map.of("africastalking", "not_configured"));
    }
}
