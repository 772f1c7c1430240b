package com.voicepact.bootstrap.architecture.archfixture.domain.b;

public class CycleB {
    public com.voicepact.bootstrap.architecture.archfixture.domain.a.CycleA other;
}
