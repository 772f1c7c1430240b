package com.voicepact.sandbox.africastalking;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SMS of one direction (inboxes, or what phones sent), per phone, oldest first: at most {@link #KEPT} per phone,
 * older ones forgotten, so a long run keeps the sandbox's memory bounded. Safe for the sandbox's many threads.
 */
final class Mailboxes {

    static final int KEPT = 500;

    private final Map<String, Deque<SandboxPhones.Sms>> boxes = new ConcurrentHashMap<>();

    void keep(String phone, SandboxPhones.Sms sms) {
        Deque<SandboxPhones.Sms> box = boxes.computeIfAbsent(phone, k -> new ArrayDeque<>());
        synchronized (box) {
            box.addLast(sms);
            if (box.size() > KEPT) {
                box.removeFirst();
            }
        }
    }

    List<SandboxPhones.Sms> of(String phone) {
        Deque<SandboxPhones.Sms> box = boxes.get(phone);
        if (box == null) {
            return List.of();
        }
        synchronized (box) {
            return List.copyOf(box);
        }
    }
}
