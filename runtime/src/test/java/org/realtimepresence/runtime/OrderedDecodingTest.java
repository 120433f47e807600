// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code lines(in, threads)} hands on exactly what {@code lines(in)} does, in the same order. */
class OrderedDecodingTest {

    record Point(int x, int y) {}

    private final SchemaCodec<Point> points = SchemaCodec.of(
            Point.class, "org/realtimepresence/runtime/point.json", CodecLimits.DEFAULTS.withMaxDocumentBytes(4096));

    @Test
    void severalThreadsDecodeInInputOrderAcrossManyBatches() {
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 3 * OrderedDecoding.BATCH_RECORDS + 7; i++) {
            input.append(
                            switch (i % 9) {
                                case 0 -> "{\"x\":\"no\",\"y\":1}";
                                case 1 -> "{\"x\":1,";
                                case 2 -> "{\"x\":1,\"y\":2,\"pad\":\"" + "p".repeat(5000) + "\"}";
                                default -> "{\"x\":" + i + ",\"y\":2}";
                            })
                    .append('\n');
        }
        byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);

        List<Decoded<Point>> one = decode(bytes, 1);
        List<Decoded<Point>> three = decode(bytes, 3);

        assertThat(three).isEqualTo(one);
        assertThat(one).hasSize(3 * OrderedDecoding.BATCH_RECORDS + 7);
        assertThat(one.get(2).violations()).extracting(Violation::keyword).containsExactly(Violation.LIMIT);
        assertThat(one.get(3).value()).contains(new Point(3, 2));
    }

    @Test
    void aRecordPipedInIsAnsweredBeforeTheNextOneArrives() {
        // A line per read, nothing ever "available", and a read beyond the answered records counted as a stall:
        // as a pipe fed by a producer that waits for each answer.
        int[] answered = {0};
        int[] stalls = {0};
        InputStream trickle = new InputStream() {
            private int line;

            @Override
            public int read() {
                throw new UnsupportedOperationException("read in chunks");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (line > answered[0] + 1) {
                    stalls[0]++;
                }
                if (line == 6) {
                    return -1;
                }
                byte[] next = ("{\"x\":" + line++ + ",\"y\":0}\n").getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(next, 0, buffer, offset, next.length);
                return next.length;
            }
        };

        try (Stream<Decoded<Point>> records = points.lines(trickle, 2)) {
            records.forEach(record -> answered[0]++);
        }

        assertThat(answered[0]).isEqualTo(6);
        assertThat(stalls[0]).isZero();
    }

    @Test
    void refusesFewerThanOneThread() {
        assertThatThrownBy(() -> points.lines(new ByteArrayInputStream(new byte[0]), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be at least 1, was 0");
    }

    private List<Decoded<Point>> decode(byte[] bytes, int threads) {
        try (Stream<Decoded<Point>> records = points.lines(new ByteArrayInputStream(bytes), threads)) {
            return records.toList();
        }
    }
}
