package com.voicepact.bootstrap.architecture.archfixture.domain;

/** Bad: the domain depending on a library other than the JDK and libphonenumber. */
public class DomainWithInjection {
    public jakarta.inject.Provider<String> provider;
}
