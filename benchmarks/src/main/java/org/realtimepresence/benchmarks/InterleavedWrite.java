// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.realtimepresence.fixtures.SeededPresence;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code presenceWrite} against {@code jacksonWrite} (as in {@link DecodeBenchmark}, on the same seeded corpus) in
 * alternating slices of 100 ms, so that both see the same machine load: on a shared machine, where JMH's one
 * method after the other can meet different loads, the ratio of each pair of slices is the steadier figure. Prints
 * the overall ratio and the median, 25th and 75th percentile of the per-pair ratios, after 10 warm-up pairs.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.realtimepresence.benchmarks.InterleavedWrite [pairs=60]</pre>
 */
public final class InterleavedWrite {

    private static final long SLICE_NANOS = 100_000_000L;
    private static final int WARMUP_PAIRS = 10;
    private static final int BATCH = 256;

    private final RealtimePresence[] records;
    private final JsonMapper plain = JsonMapper.builder().build();
    private int next;
    /** Characters written, printed at the end, so the JIT cannot drop the work. */
    private long chars;

    private InterleavedWrite(RealtimePresence[] records) {
        this.records = records;
    }

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        List<String> corpus = new SeededPresence(SeededPresence.DEFAULT_SEED).distinctProviderRecords(2000);
        InterleavedWrite run = new InterleavedWrite(
                corpus.stream().map(RealtimePresenceJson::read).toArray(RealtimePresence[]::new));
        double[] ratios = new double[pairs];
        long[] ops = new long[2];
        long[] nanos = new long[2];
        for (int pair = -WARMUP_PAIRS; pair < pairs; pair++) {
            long[] sliceOps = new long[2];
            long[] sliceNanos = new long[2];
            for (int turn = 0; turn < 2; turn++) {
                int which = (pair & 1) == 0 ? turn : 1 - turn; // alternate which goes first
                long start = System.nanoTime();
                long now;
                do {
                    run.batch(which == 0);
                    sliceOps[which] += BATCH;
                    now = System.nanoTime();
                } while (now - start < SLICE_NANOS);
                sliceNanos[which] = now - start;
            }
            if (pair >= 0) {
                ratios[pair] = ((double) sliceOps[0] / sliceNanos[0]) / ((double) sliceOps[1] / sliceNanos[1]);
                for (int which = 0; which < 2; which++) {
                    ops[which] += sliceOps[which];
                    nanos[which] += sliceNanos[which];
                }
            }
        }
        Arrays.sort(ratios);
        System.out.printf(
                Locale.ROOT,
                "presenceWrite %,.0f ops/s, jacksonWrite %,.0f ops/s: ratio %.2f overall, median of %d pairs %.2f"
                        + " (p25 %.2f, p75 %.2f); %,d characters written%n",
                ops[0] * 1e9 / nanos[0],
                ops[1] * 1e9 / nanos[1],
                ((double) ops[0] / nanos[0]) / ((double) ops[1] / nanos[1]),
                pairs,
                ratios[pairs / 2],
                ratios[pairs / 4],
                ratios[3 * pairs / 4],
                run.chars);
    }

    private void batch(boolean presence) {
        for (int i = 0; i < BATCH; i++) {
            RealtimePresence record = records[next];
            next = next + 1 == records.length ? 0 : next + 1;
            chars += (presence ? RealtimePresenceJson.write(record) : plain.writeValueAsString(record)).length();
        }
    }
}
