package org.realtimepresence.examples.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordFramerTest {

    /** Each record as "LINE json" or "LINE !keyword: message". */
    private static List<String> frame(InputStream input) throws IOException {
        List<String> pieces = new ArrayList<>();
        new RecordFramer().frame(input, raw -> pieces.add(raw.line() + " " + (raw.problem() == null
                ? new String(raw.json(), StandardCharsets.UTF_8)
                : "!" + raw.problem().keyword() + ": " + raw.problem().message())));
        return pieces;
    }

    private static List<String> frame(String text) throws IOException {
        return frame(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void jsonLinesKeepLineNumbersSkipBlankLinesAndPassBadLinesOn() throws IOException {
        assertThat(frame("\n{\"a\":1}\r\n\n{broken\n  \n{\"b\":2}")).containsExactly(
                "2 {\"a\":1}", "4 {broken", "6 {\"b\":2}");
    }

    @Test
    void aCutFirstLineOfJsonLinesDoesNotSwallowTheRecordsAfterIt() throws IOException {
        assertThat(frame("{\"channel\":\"c\",\"clientId\":\"a\"\n{\"b\":2}\n{\"c\":3}\n")).containsExactly(
                "1 {\"channel\":\"c\",\"clientId\":\"a\"", "2 {\"b\":2}", "3 {\"c\":3}");
    }

    @Test
    void prettyPrintedObjectIsStillOneRecord() throws IOException {
        assertThat(frame("{\n  \"a\": 1,\n  \"b\": [1, 2]\n}\n")).containsExactly("1 {\"a\":1,\"b\":[1,2]}");
    }

    @Test
    void aNumberNoDecimalCanHoldIsALimitViolationNotACrash() throws IOException {
        assertThat(frame("[{\"m\": 1e-99999999999}]")).singleElement().asString().startsWith("1 !limit: a number is out of range");
    }

    @Test
    void arrayIsStreamedElementByElementWithTheirLines() throws IOException {
        assertThat(frame("[\n  {\"a\": 1},\n  {\"b\": [1.10, 2]},\n  5\n]\n")).containsExactly(
                "2 {\"a\":1}", "3 {\"b\":[1.10,2]}", "4 5");
    }

    @Test
    void prettyPrintedObjectIsOneRecordAtItsFirstLine() throws IOException {
        assertThat(frame("\n{\n  \"a\": 1,\n  \"a\": 2\n}\n")).containsExactly("2 {\"a\":1,\"a\":2}");
    }

    @Test
    void syntaxErrorInAnArrayIsReportedWhereItIsAndEndsTheFile() throws IOException {
        assertThat(frame("[\n{\"a\":1},\n{\"b\" 2}\n]")).containsExactly(
                "2 {\"a\":1}", "3 !syntax: Unexpected character ('2' (code 50)): was expecting a colon to separate"
                        + " property name and value (column 6)");
    }

    @Test
    void overlongLinesAndElementsAreLimitViolations() throws IOException {
        String big = "{\"data\":{\"x\":\"" + "y".repeat(RecordFramer.MAX_RECORD_BYTES) + "\"}}";

        assertThat(frame("{\"a\":1}\n" + big + "\n{\"b\":2}\n")).containsExactly(
                "1 {\"a\":1}", "2 !limit: the record is larger than 1048576 bytes", "3 {\"b\":2}");
        assertThat(frame("[" + big + "]")).singleElement().asString().startsWith("1 !limit: ");
    }

    @Test
    void longInputIsStreamedNotLoaded() throws IOException {
        int records = 200_000;
        @SuppressWarnings("InputStreamSlowMultibyteRead") // a test input: byte by byte is fast enough
        InputStream endless = new InputStream() {
            private final byte[] line = "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}\n"
                    .getBytes(StandardCharsets.US_ASCII);
            private long position;

            @Override
            public int read() {
                if (position >= (long) records * line.length) {
                    return -1;
                }
                return line[(int) (position++ % line.length)];
            }
        };
        long[] count = {0};
        long[] lastLine = {0};

        new RecordFramer().frame(endless, raw -> {
            count[0]++;
            lastLine[0] = raw.line();
        });

        assertThat(count[0]).isEqualTo(records);
        assertThat(lastLine[0]).isEqualTo(records);
    }
}
