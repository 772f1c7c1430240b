package com.voicepact.bootstrap.architecture.archfixture.adapter.out.persistence;

import com.voicepact.bootstrap.architecture.archfixture.adapter.in.web.SomeController;

/** Bad: one adapter depending on another. */
public class RepositoryCallingController {
    public SomeController controller;
}
