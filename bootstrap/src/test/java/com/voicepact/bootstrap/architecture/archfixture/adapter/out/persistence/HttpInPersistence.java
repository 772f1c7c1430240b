package com.voicepact.bootstrap.architecture.archfixture.adapter.out.persistence;

/** Bad: Micronaut HTTP types in the persistence adapter. */
public class HttpInPersistence {
    public io.micronaut.http.HttpRequest<?> request;
}
