package com.voicepact.application.phone.port.in;

public interface HandleUssdRequestUseCase {

    /** The screen to answer, starting {@code CON } or {@code END }; never throws. */
    String handle(UssdRequest request);
}
