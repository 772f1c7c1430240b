package com.voicepact.bootstrap;

/**
 * Speech to text: an OpenAI-compatible server.
 *
 * @param url {@code VOICEPACT_STT_URL}; null when not set (the local AT sandbox answers on the embedded default)
 * @param model {@code VOICEPACT_STT_MODEL}
 * @param apiKey {@code VOICEPACT_STT_API_KEY}, canonical, or its other spelling {@code OPENAI_API_KEY}; empty when neither
 */
record SpeechSettings(String url, String model, String apiKey) {

    static SpeechSettings read(EnvironmentVariables env) {
        String key = env.given(Variable.VOICEPACT_STT_API_KEY);
        String other = env.given(Variable.OPENAI_API_KEY);
        return new SpeechSettings(
                env.url(Variable.VOICEPACT_STT_URL),
                env.text(Variable.VOICEPACT_STT_MODEL),
                key != null ? key : other != null ? other : "");
    }

    @Override
    public String toString() {
        return "SpeechSettings[" + url + ", " + model + ", key " + (apiKey.isEmpty() ? "none" : "set") + "]";
    }
}
