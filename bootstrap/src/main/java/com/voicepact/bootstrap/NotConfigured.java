package com.voicepact.bootstrap;

/** Marks a gateway that stands in for a provider nobody configured: every call says so. {@code /info} asks. */
interface NotConfigured {}
