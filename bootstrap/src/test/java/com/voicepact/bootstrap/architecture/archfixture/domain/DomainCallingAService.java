package com.voicepact.bootstrap.architecture.archfixture.domain;

import com.voicepact.bootstrap.architecture.archfixture.application.thing.service.AnnotatedService;

/** Bad: the inner ring depending on an outer one. */
public class DomainCallingAService {
    public AnnotatedService service;
}
