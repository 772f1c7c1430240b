package com.voicepact.application.port.in;

public interface CheckHealthUseCase {

    HealthReport check();
}
