// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.SchemaCodec;

/**
 * One document must never change the answers for the next ones. Jackson's character symbol table hashes
 * property names with a multiplier of 33, under which "Ab" and "BA" collide, so names built from those blocks all
 * land in one bucket. Jackson 3.1.8 shares that table between all parsers of a factory; when a document's
 * collisions tripped its limit, the table broke, and later ordinary documents failed with "Internal error on
 * SymbolTable.rehash()". The codec no longer canonicalizes property names, so no parser shares state with
 * another.
 */
class SymbolTablePoisoningTest {

    private static final String VALID_START = "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\",\"data\":{";

    /** About 7 KB: 310 keys of nine "Ab"/"BA" blocks each, all colliding under Jackson's character hash. */
    static String collidingRecord() {
        StringBuilder json = new StringBuilder(VALID_START);
        for (int key = 0; key < 310; key++) {
            json.append(key == 0 ? "" : ",").append('"');
            for (int block = 0; block < 9; block++) {
                json.append((key >> block & 1) == 0 ? "Ab" : "BA");
            }
            json.append("\":1");
        }
        return json.append("}}").toString();
    }

    /** A valid record with {@code keys} distinct ordinary keys in {@code data}. */
    static String manyKeysRecord(int keys) {
        StringBuilder json = new StringBuilder(VALID_START);
        for (int key = 0; key < keys; key++) {
            json.append(key == 0 ? "" : ",")
                    .append("\"key")
                    .append(key)
                    .append("\":")
                    .append(key);
        }
        return json.append("}}").toString();
    }

    @Test
    void collidingKeysAreAnOrdinaryValidRecordOnBothPaths() {
        SchemaCodec<RealtimePresence> codec = RealtimePresenceJson.withLimits(CodecLimits.DEFAULTS);
        String hostile = collidingRecord();

        assertThat(hostile.length()).isBetween(6_000, 8_000);
        assertThat(codec.validate(hostile)).isEmpty();
        assertThat(codec.validate(hostile.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(codec.read(hostile)).isEqualTo(codec.read(hostile.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aValidRecordWithFiveThousandKeysStillReadsAfterTheCollidingOne() {
        SchemaCodec<RealtimePresence> codec = RealtimePresenceJson.withLimits(CodecLimits.DEFAULTS);
        String ordinary = manyKeysRecord(5_000);

        codec.validate(collidingRecord());

        assertThat(codec.validate(ordinary)).isEmpty();
        assertThat(codec.read(ordinary).data()).hasSize(5_000);
        assertThat(codec.validate(ordinary.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(codec.read(ordinary.getBytes(StandardCharsets.UTF_8)).data()).hasSize(5_000);
    }

    @Test
    void eightThreadsOfValidCallsAreUnharmedByANinthSendingCollidingRecords() throws Exception {
        SchemaCodec<RealtimePresence> codec = RealtimePresenceJson.withLimits(CodecLimits.DEFAULTS);
        String hostile = collidingRecord();
        List<String> valid = List.of(
                manyKeysRecord(5_000),
                manyKeysRecord(300),
                manyKeysRecord(3),
                "{\"channel\":\"c\",\"clientId\":\"b\",\"action\":\"leave\"}");
        ExecutorService pool = Executors.newFixedThreadPool(9);
        AtomicBoolean done = new AtomicBoolean();
        try {
            Future<?> attacker = pool.submit(() -> {
                while (!done.get()) {
                    codec.validate(hostile);
                    codec.read(hostile);
                }
            });
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                workers.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int i = 0; i < 200; i++) {
                        String json = valid.get((offset + i) % valid.size());
                        try {
                            boolean ok = codec.validate(json).isEmpty()
                                    && codec.read(json) != null
                                    && codec.validate(json.getBytes(StandardCharsets.UTF_8))
                                            .isEmpty();
                            wrong += ok ? 0 : 1;
                        } catch (RuntimeException e) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> worker : workers) {
                assertThat(worker.get()).as("valid calls that failed").isZero();
            }
            done.set(true);
            attacker.get();
        } finally {
            done.set(true);
            pool.shutdownNow();
        }
    }
}
