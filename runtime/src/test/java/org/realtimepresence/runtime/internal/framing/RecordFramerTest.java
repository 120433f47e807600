// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting inputs into records: each framing, line numbers, and broken records that never hide the next one. */
class RecordFramerTest {

    private static final int LIMIT = 1 << 20;

    /** Each record as "LINE json" or "LINE !keyword: message". */
    private static List<String> frame(InputStream input, int limit) throws IOException {
        List<String> pieces = new ArrayList<>();
        RecordFramer framer = new RecordFramer(input, limit);
        for (RawRecord raw = framer.next(); raw != null; raw = framer.next()) {
            pieces.add(raw.line() + " "
                    + (raw.problem() == null
                            ? new String(raw.json(), StandardCharsets.UTF_8)
                            : "!" + raw.problem().keyword() + ": "
                                    + raw.problem().message()));
        }
        return pieces;
    }

    private static List<String> frame(String text) throws IOException {
        return frame(utf8(text), LIMIT);
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonLinesKeepLineNumbersSkipBlankLinesAndPassBadLinesOn() throws IOException {
        assertThat(frame("\n{\"a\":1}\r\n\n{broken\n  \n{\"b\":2}"))
                .containsExactly("2 {\"a\":1}", "4 {broken", "6 {\"b\":2}");
    }

    @Test
    void aCutFirstLineOfJsonLinesDoesNotSwallowTheRecordsAfterIt() throws IOException {
        assertThat(frame("{\"channel\":\"c\",\"clientId\":\"a\"\n{\"b\":2}\n{\"c\":3}\n"))
                .containsExactly("1 {\"channel\":\"c\",\"clientId\":\"a\"", "2 {\"b\":2}", "3 {\"c\":3}");
    }

    @Test
    void aPrettyPrintedObjectIsOneRecordAtItsFirstLineWithItsBytesKept() throws IOException {
        assertThat(frame("\n{\n  \"a\": 1,\n  \"a\": 2\n}\n")).containsExactly("2 {\n  \"a\": 1,\n  \"a\": 2\n}");
    }

    @Test
    void concatenatedValuesAreOneRecordEach() throws IOException {
        assertThat(frame("{\n\"a\": \"}{\"\n}{\"b\": [\"]\"]}\n\n  {\n\"c\":3}"))
                .containsExactly("1 {\n\"a\": \"}{\"\n}", "3 {\"b\": [\"]\"]}", "5 {\n\"c\":3}");
    }

    @Test
    void anArrayIsStreamedElementByElementWithTheirLines() throws IOException {
        assertThat(frame("[\n  {\"a\": 1},\n  {\"b\": [1.10, 2]},\n  5\n]\n"))
                .containsExactly("2 {\"a\": 1}", "3 {\"b\": [1.10, 2]}", "4 5");
        assertThat(frame("[]")).isEmpty();
        assertThat(frame("[{\"a\":1}] [{\"b\":2}]")).containsExactly("1 {\"a\":1}", "1 {\"b\":2}");
    }

    @Test
    void aMalformedArrayElementIsHandedOnAndTheNextElementsAreStillRead() throws IOException {
        assertThat(frame("[\n{\"a\":1},\n{\"b\" 2},\n{\"x\":[},\n{\"c\":3}\n]"))
                .containsExactly("2 {\"a\":1}", "3 {\"b\" 2}", "4 {\"x\":[}", "5 {\"c\":3}");
    }

    @Test
    void anOversizedArrayElementIsALimitViolationAndTheNextElementsAreStillRead() throws IOException {
        String big = "{\"data\":{\"x\":\"" + "y".repeat(200) + "\"}}";

        assertThat(frame(utf8("[{\"a\":1},\n" + big + ",\n{\"b\":2}]"), 100))
                .containsExactly(
                        "1 {\"a\":1}",
                        "2 !limit: Record is larger than the document limit of 100 bytes",
                        "3 {\"b\":2}");
    }

    @Test
    void missingElementsAndAnUnclosedArrayAreSyntaxViolations() throws IOException {
        assertThat(frame("[{\"a\":1},,{\"b\":2},]"))
                .containsExactly(
                        "1 {\"a\":1}",
                        "1 !syntax: Malformed JSON at line 1, column 10: expected a record in the array, found ','",
                        "1 {\"b\":2}",
                        "1 !syntax: Malformed JSON at line 1, column 19: expected a record in the array, found ']'");
        assertThat(frame("[\n{\"a\":1}\n"))
                .containsExactly(
                        "2 {\"a\":1}",
                        "3 !syntax: Malformed JSON at line 3, column 1: unexpected end of input: the array of records opened"
                                + " at line 1, column 1 is not closed");
    }

    @Test
    void overlongLinesAreLimitViolations() throws IOException {
        String big = "{\"data\":{\"x\":\"" + "y".repeat(LIMIT) + "\"}}";

        assertThat(frame("{\"a\":1}\n" + big + "\n{\"b\":2}\n"))
                .containsExactly(
                        "1 {\"a\":1}",
                        "2 !limit: Record is larger than the document limit of 1048576 bytes",
                        "3 {\"b\":2}");
        assertThat(frame("[" + big + "]")).singleElement().asString().startsWith("1 !limit: ");
    }

    @Test
    void linesAcrossReadBuffersAndAtTheLimitAreCutExactlyAsWritten() throws IOException {
        // Line lengths around the 64 KiB read buffer and around the record limit, with LF and CRLF endings.
        int limit = 70_000;
        long seed = Long.getLong("presence.seed", 20261201L);
        System.out.println("RecordFramerTest: seed " + seed + " (rerun with -Dpresence.seed=" + seed + ")");
        java.util.Random random = new java.util.Random(seed);
        StringBuilder input = new StringBuilder();
        List<String> expected = new ArrayList<>();
        int[] lengths = {1, 65_535, 65_536, 65_537, limit - 1, limit, limit + 1, 3, 131_072};
        for (int i = 0; i < 60; i++) {
            int length = i < lengths.length ? lengths[i] : 1 + random.nextInt(limit + 10);
            String body = "\"" + "x".repeat(Math.max(0, length - 2)) + "\"";
            body = length == 1 ? "1" : body;
            boolean crlf = length < limit && random.nextBoolean(); // a CR counts towards the limit
            input.append(body).append(crlf ? "\r\n" : "\n");
            expected.add((i + 1) + " "
                    + (length > limit
                            ? "!limit: Record is larger than the document limit of " + limit + " bytes"
                            : body));
        }

        assertThat(frame(utf8(input.toString()), limit)).containsExactlyElementsOf(expected);
    }

    @Test
    void batchesCutTheSameRecordsAsOneAtATime() throws IOException {
        String lines = "{\"a\":1}\n\n{\"b\":\n" + "{\"c\":\"" + "x".repeat(200) + "\"}\r\n[1,2]\n{\"d\":4}\n";
        String values = "[{\"a\":1},,{\"b\":2} , {\"c\":\"" + "x".repeat(200) + "\"}]\n{\"d\":4} {\"e\":5}";
        for (String input : List.of(lines, values)) {
            for (int limit : new int[] {LIMIT, 100}) {
                List<String> batched = new ArrayList<>();
                RecordFramer framer = new RecordFramer(utf8(input), limit);
                RecordBatch batch = new RecordBatch();
                while (framer.nextBatch(batch, 2, 1 << 16)) {
                    assertThat(batch.size()).isBetween(1, 2);
                    for (int i = 0; i < batch.size(); i++) {
                        batched.add(batch.line(i) + " "
                                + (batch.problem(i) == null
                                        ? new String(batch.copy(i), StandardCharsets.UTF_8)
                                        : "!" + batch.problem(i).keyword() + ": "
                                                + batch.problem(i).message()));
                    }
                }
                assertThat(batched).as(input).isEqualTo(frame(utf8(input), limit));
            }
        }
    }

    @Test
    void aBatchDoesNotWaitForInputThatHasNotArrived() throws IOException {
        // One line per read, and nothing ever "available": as a pipe fed by a person or a slow producer.
        InputStream trickle = new InputStream() {
            private int line;

            @Override
            public int read() {
                throw new UnsupportedOperationException("read in chunks");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (line == 5) {
                    return -1;
                }
                byte[] next = ("{\"n\":" + line++ + "}\n").getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(next, 0, buffer, offset, next.length);
                return next.length;
            }
        };
        RecordFramer framer = new RecordFramer(trickle, LIMIT);
        RecordBatch batch = new RecordBatch();
        List<Integer> sizes = new ArrayList<>();
        while (framer.nextBatch(batch, 64, 1 << 16)) {
            sizes.add(batch.size());
        }

        assertThat(sizes).containsExactly(1, 1, 1, 1, 1);
    }

    @Test
    void deepNestingIsCountedNotRemembered() throws IOException {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        assertThat(frame(utf8("[" + deep + ",{\"a\":1}]"), 100))
                .containsExactly("1 !limit: Record is larger than the document limit of 100 bytes", "1 {\"a\":1}");
    }

    @Test
    void longInputIsStreamedNotLoaded() throws IOException {
        int records = 200_000;
        @SuppressWarnings("InputStreamSlowMultibyteRead") // a test input: byte by byte is fast enough
        InputStream endless = new InputStream() {
            private final byte[] line =
                    "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}\n".getBytes(StandardCharsets.US_ASCII);
            private long position;

            @Override
            public int read() {
                if (position >= (long) records * line.length) {
                    return -1;
                }
                return line[(int) (position++ % line.length)];
            }
        };
        RecordFramer framer = new RecordFramer(endless, LIMIT);
        long count = 0;
        long lastLine = 0;
        for (RawRecord raw = framer.next(); raw != null; raw = framer.next()) {
            count++;
            lastLine = raw.line();
        }

        assertThat(count).isEqualTo(records);
        assertThat(lastLine).isEqualTo(records);
    }
}
