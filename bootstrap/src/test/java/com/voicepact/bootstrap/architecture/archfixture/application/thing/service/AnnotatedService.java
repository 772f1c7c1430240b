package com.voicepact.bootstrap.architecture.archfixture.application.thing.service;

/** Bad: a framework type in the application layer. */
public class AnnotatedService {
    public io.micronaut.context.ApplicationContext context;
}
