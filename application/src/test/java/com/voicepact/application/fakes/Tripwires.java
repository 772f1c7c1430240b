package com.voicepact.application.fakes;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Outgoing ports (fakes or database adapters) wrapped so that a test can make one chosen call fail, as a
 * crash at that point would (nothing of its unit of work commits), or make the first such call of
 * several threads return only once each of them has made it, so that two deliveries of one message
 * really run at the same time.
 */
public final class Tripwires {

    /** The failure a tripped wire throws: the process "died" at this call. */
    public static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(String where) {
            super("simulated crash at " + where);
        }
    }

    private record Wire(Class<?> port, String method, Predicate<Object[]> when) {}

    private record Hook(Class<?> port, String method, Predicate<Object[]> when, Runnable action) {}

    private record Meeting(Class<?> port, String method, CyclicBarrier barrier, ThreadLocal<Boolean> met) {}

    private final List<Wire> armed = new CopyOnWriteArrayList<>();
    private final List<Hook> hooks = new CopyOnWriteArrayList<>();
    private volatile Meeting meeting;

    /** {@code real} behind the wires of this set. */
    public <T> T wrap(Class<T> port, T real) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            trip(port, method.getName(), args == null ? new Object[0] : args);
            Object result;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            meet(port, method.getName());
            after(port, method.getName(), args == null ? new Object[0] : args);
            return result;
        }));
    }

    /** The next call of {@code method} on {@code port} whose arguments match fails, once, before it reaches the port. */
    public void crashOnce(Class<?> port, String method, Predicate<Object[]> when) {
        armed.add(new Wire(port, method, when));
    }

    /** Once, right after the next matching call returned, {@code action} runs in the calling thread (its unit of work still open). */
    public void afterOnce(Class<?> port, String method, Predicate<Object[]> when, Runnable action) {
        hooks.add(new Hook(port, method, when, action));
    }

    /** Whether every armed wire has tripped (a test whose wire never tripped tested nothing). */
    public boolean allTripped() {
        return armed.isEmpty();
    }

    /** From now on, the first call of {@code method} on {@code port} in each of {@code threads} threads returns when all have made it. */
    public void meetAfter(Class<?> port, String method, int threads) {
        meeting = new Meeting(port, method, new CyclicBarrier(threads), ThreadLocal.withInitial(() -> false));
    }

    /** No more meetings: calls return as soon as the port answers. */
    public void meetNoMore() {
        meeting = null;
    }

    private void trip(Class<?> port, String method, Object[] args) {
        for (Wire wire : armed) {
            if (wire.port() == port
                    && wire.method().equals(method)
                    && wire.when().test(args)
                    && armed.remove(wire)) {
                throw new SimulatedCrash(port.getSimpleName() + "." + method);
            }
        }
    }

    private void after(Class<?> port, String method, Object[] args) {
        for (Hook hook : hooks) {
            if (hook.port() == port
                    && hook.method().equals(method)
                    && hook.when().test(args)
                    && hooks.remove(hook)) {
                hook.action().run();
            }
        }
    }

    private void meet(Class<?> port, String method) throws Exception {
        Meeting m = meeting;
        if (m != null
                && m.port() == port
                && m.method().equals(method)
                && !m.met().get()) {
            m.met().set(true);
            m.barrier().await(20, TimeUnit.SECONDS);
        }
    }
}
