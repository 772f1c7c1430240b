package com.voicepact.bootstrap.architecture.archfixture.application.service;

/** Sits in the flat {@code application.service} package, outside any subdomain. */
public class FlatLayoutService {}
