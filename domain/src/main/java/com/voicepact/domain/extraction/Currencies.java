package com.voicepact.domain.extraction;

/** The currency of the call: Ugandan or Tanzanian shillings when named, else Kenyan. */
final class Currencies {

    private Currencies() {}

    /**
     * The currency of a call whose normalised words are {@code text}: one named in the call, else (to come) the one
     * of the parties' country, else the deployment's; with how sure that is.
     */
    static ExtractedTerms.Field<String> resolve(String text, ExtractionContext context) {
        return ExtractedTerms.Field.of(named(text), 0.8);
    }

    /** "KES", "UGX" or "TZS", from the currency words said anywhere in the (normalised) transcript. */
    static String named(String text) {
        if (text.matches(".*\\b(ugx|ush|uganda(n)? (shillings?|shilingi)|ug shillings?)\\b.*")) {
            return "UGX";
        }
        if (text.matches(".*\\b(tzs|tsh|tanzania(n)? (shillings?|shilingi))\\b.*")) {
            return "TZS";
        }
        return "KES";
    }
}
