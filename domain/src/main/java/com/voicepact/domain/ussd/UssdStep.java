package com.voicepact.domain.ussd;

/** One hop's result: the screen to answer (starting {@code CON } or {@code END }), the state after it, and the action chosen. */
public record UssdStep(String screen, UssdState state, UssdAction action) {

    public static final int MAX_LENGTH = 182;

    public UssdStep {
        if (!(screen.startsWith("CON ") || screen.startsWith("END ")) || screen.length() > MAX_LENGTH) {
            throw new IllegalStateException("invalid USSD screen (" + screen.length() + " chars): " + screen);
        }
    }

    public boolean ends() {
        return screen.startsWith("END ");
    }
}
