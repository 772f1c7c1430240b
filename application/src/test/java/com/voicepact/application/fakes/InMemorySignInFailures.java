package com.voicepact.application.fakes;

import com.voicepact.application.console.port.out.SignInFailures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Failed sign-ins in a list: one node's only. */
public final class InMemorySignInFailures implements SignInFailures {

    private record Failure(String client, Instant at) {}

    private final List<Failure> failures = new ArrayList<>();

    @Override
    public synchronized void record(String clientAddress, Instant at) {
        failures.add(new Failure(clientAddress, at));
    }

    @Override
    public synchronized List<Instant> since(String clientAddress, Instant from) {
        return failures.stream()
                .filter(f -> f.client().equals(clientAddress) && !f.at().isBefore(from))
                .map(Failure::at)
                .sorted()
                .toList();
    }

    @Override
    public synchronized void clear(String clientAddress) {
        failures.removeIf(f -> f.client().equals(clientAddress));
    }

    @Override
    public synchronized void deleteBefore(Instant before) {
        failures.removeIf(f -> f.at().isBefore(before));
    }
}
