package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.domain.contract.ContractId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

public abstract class ContractIdPortContractTest {

    protected abstract ContractIdPort ids();

    @Test
    void givenYear_whenIdsDrawn_thenFormattedAndIncreasing() {
        ContractId first = ids().nextContractId(2026);
        ContractId second = ids().nextContractId(2026);
        assertThat(first.value()).startsWith("AG-2026-");
        assertThat(second.value()).isGreaterThan(first.value());
    }

    @Test
    void givenConcurrentCallers_whenIdsDrawn_thenNoneRepeats() throws Exception {
        Set<ContractId> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = IntStream.range(0, 4)
                    .<Future<?>>mapToObj(t -> pool.submit(() -> {
                        for (int i = 0; i < 50; i++) {
                            seen.add(ids().nextContractId(2027));
                        }
                    }))
                    .toList();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).hasSize(200);
    }
}
