package com.voicepact.bootstrap.architecture.archfixture.sandbox;

/** A local stand-in for a provider, as the product's {@code com.voicepact.sandbox..} holds them. */
public class LocalProvider {
    public String url() {
        return "http://127.0.0.1:1";
    }
}
