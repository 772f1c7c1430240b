package com.voicepact.bootstrap.architecture.archfixture.adapter.in.web;

public class SomeController {
    public com.fasterxml.jackson.databind.ObjectMapper mapper;
}
