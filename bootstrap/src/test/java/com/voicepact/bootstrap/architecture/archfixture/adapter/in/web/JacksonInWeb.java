package com.voicepact.bootstrap.architecture.archfixture.adapter.in.web;

/** Bad: Jackson outside the Africa's Talking adapter. */
public class JacksonInWeb {
    public com.fasterxml.jackson.databind.JsonNode node;
}
