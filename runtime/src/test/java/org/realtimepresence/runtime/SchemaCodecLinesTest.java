// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SchemaCodec#lines} and {@link SchemaCodec#verdicts}: every framing, each record with its line, and no broken record hiding the next. */
class SchemaCodecLinesTest {

    record Point(int x, int y) {}

    private final SchemaCodec<Point> points = SchemaCodec.of(
            Point.class, "org/realtimepresence/runtime/point.json", CodecLimits.DEFAULTS.withMaxDocumentBytes(64));

    @Test
    void aMalformedOrOversizedArrayElementIsReportedAndTheNextElementsAreRead() {
        List<Decoded<Point>> records = decode("[\n  {\"x\":1,\"y\":2},\n  {\"x\":1,,\"y\":2},\n  {\"x\":\""
                + "9".repeat(100) + "\"},\n  {\"x\":5},\n  {\"x\":3,\"y\":4}\n]\n");

        assertThat(records).extracting(Decoded::line).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(records)
                .extracting(SchemaCodecLinesTest::keywords)
                .containsExactly(List.of(), List.of("syntax"), List.of("limit"), List.of("required"), List.of());
        assertThat(records.get(4).value()).contains(new Point(3, 4));
    }

    @Test
    void parserPositionsAreThoseOfTheWholeInput() {
        List<Decoded<Point>> records = decode("[\n  {\"x\":1,\"y\":2},\n  {\"x\":1,\n   \"y\" 2}\n]");

        assertThat(records.get(1).violations()).singleElement().satisfies(v -> assertThat(v.message())
                .startsWith("Malformed JSON at line 4, column 8: "));
        assertThat(decode("   {\"x\" 1}").get(0).violations().get(0).message())
                .startsWith("Malformed JSON at line 1, column 9: ");
    }

    @Test
    void jsonLinesAndConcatenatedValuesGiveTheSameRecords() {
        List<Decoded<Point>> lines = decode("{\"x\":1,\"y\":2}\n\n{\"x\":3,\"y\":4}\n");
        List<Decoded<Point>> values = decode("{\"x\":1,\n\"y\":2}{\"x\":3,\n\"y\":4}");

        assertThat(lines).extracting(Decoded::line).containsExactly(1L, 3L);
        assertThat(values).extracting(Decoded::line).containsExactly(1L, 2L);
        assertThat(lines)
                .extracting(Decoded::value)
                .isEqualTo(values.stream().map(Decoded::value).toList());
    }

    @Test
    void orElseThrowNamesTheLine() {
        Decoded<Point> broken = decode("\n{\"x\":1}").get(0);

        assertThat(broken.valid()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(broken::orElseThrow)
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("Invalid document at line 2: 1 violation: ");
    }

    @Test
    void verdictsAreTheLinesAndViolationsOfLinesWithoutValues() {
        String input = "[\n  {\"x\":1,\"y\":2},\n  {\"x\":1,\n   \"y\" 2},\n  {\"x\":\"" + "9".repeat(100)
                + "\"},\n  {\"x\":5},\n  {\"x\":3,\"y\":4}\n]\n";
        List<Decoded<Point>> decoded = decode(input);
        for (int threads = 1; threads <= 2; threads++) {
            List<RecordVerdict> verdicts = points.verdicts(
                            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), threads)
                    .toList();

            assertThat(verdicts)
                    .extracting(RecordVerdict::line)
                    .isEqualTo(decoded.stream().map(Decoded::line).toList());
            assertThat(verdicts)
                    .extracting(RecordVerdict::violations)
                    .isEqualTo(decoded.stream().map(Decoded::violations).toList());
            assertThat(verdicts).extracting(RecordVerdict::valid).containsExactly(true, false, false, false, true);
        }
    }

    private List<Decoded<Point>> decode(String input) {
        InputStream in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        return points.lines(in).toList();
    }

    private static List<String> keywords(Decoded<?> decoded) {
        return decoded.violations().stream().map(Violation::keyword).toList();
    }
}
