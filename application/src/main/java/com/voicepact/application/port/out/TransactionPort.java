package com.voicepact.application.port.out;

import java.util.function.Supplier;

/** A unit of work: everything done inside commits together or not at all. */
public interface TransactionPort {

    <T> T inTransaction(Supplier<T> work);
}
