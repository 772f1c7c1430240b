package com.voicepact.application.port.out;

/** One dependency the service needs (database, SMS gateway, ...), able to say whether it works. */
public interface ComponentHealthPort {

    String component();

    boolean isHealthy();
}
