package com.voicepact.bootstrap.architecture.archfixture.domain.a;

/** Bad: a package cycle with b. */
public class CycleA {
    public com.voicepact.bootstrap.architecture.archfixture.domain.b.CycleB other;
}
