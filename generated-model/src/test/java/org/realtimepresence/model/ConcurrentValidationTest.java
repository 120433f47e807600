// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.realtimepresence.runtime.SchemaCodec;
import org.realtimepresence.runtime.Violation;

/** Eight threads share one codec for 100,000 validations each and get the verdicts one thread gets. */
class ConcurrentValidationTest {

    private static final int THREADS = 8;
    private static final int VALIDATIONS_PER_THREAD = 100_000;

    @Test
    void eightThreadsSharingOneConfigurationAgreeWithOneThread() throws Exception {
        List<String> documents = new ArrayList<>();
        for (CorpusCase c : CorpusCase.load()) {
            if (c.text() != null && c.text().length() < 4_096) {
                documents.add(c.text());
            }
        }
        SchemaCodec<RealtimePresence> shared = RealtimePresenceJson.codec();
        List<List<Violation>> baseline =
                documents.stream().map(shared::validate).toList();
        assertThat(baseline).anyMatch(List::isEmpty).anyMatch(v -> !v.isEmpty());

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * 7;
                results.add(pool.submit((Callable<Integer>) () -> {
                    int mismatches = 0;
                    for (int i = 0; i < VALIDATIONS_PER_THREAD; i++) {
                        int index = (offset + i) % documents.size();
                        if (!shared.validate(documents.get(index)).equals(baseline.get(index))) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get())
                        .as("verdicts that differ from the single-threaded run")
                        .isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
