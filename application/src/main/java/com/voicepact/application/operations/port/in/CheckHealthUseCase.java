package com.voicepact.application.operations.port.in;

public interface CheckHealthUseCase {

    HealthReport check();
}
