package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.realtimepresence.runtime.CodecLimits;

/** JSON Lines: line numbers, blank lines, CRLF, and bad lines that neither stop the stream nor hide good ones. */
class PresenceJsonLinesTest {

    private static final String GOOD = "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}";

    @Test
    void eachLineCarriesItsNumberAndEitherARecordOrViolations() {
        String input = GOOD + "\n\n{\"channel\":5,\"clientId\":\"a\",\"action\":\"enter\"}\r\n   \n{oops\n"
                + GOOD.replace("enter", "leave") + "\r\n" + GOOD.replace("enter", "absent");
        List<PresenceLine> lines;
        try (Stream<PresenceLine> stream = PresenceJson.lines(utf8(input))) {
            lines = stream.toList();
        }

        assertThat(lines).extracting(PresenceLine::lineNumber).containsExactly(1, 3, 5, 6, 7);
        assertThat(lines).extracting(PresenceLine::valid).containsExactly(true, false, false, true, true);
        assertThat(lines.get(0).record()).get().extracting(RealtimePresence::getAction).isEqualTo(RealtimePresence.Action.ENTER);
        assertThat(lines.get(1).violations()).extracting(Violation::pointer, Violation::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/channel", "type"));
        assertThat(lines.get(2).violations()).singleElement().extracting(Violation::keyword).isEqualTo("syntax");
        assertThat(lines.get(2).record()).isEmpty();
        assertThat(lines.get(3).record()).get().extracting(RealtimePresence::getAction).isEqualTo(RealtimePresence.Action.LEAVE);
        assertThat(lines.get(4).record()).get().extracting(RealtimePresence::getAction).isEqualTo(RealtimePresence.Action.ABSENT);
    }

    @Test
    void invalidUtf8OnOneLineLeavesTheNeighboursIntact() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}', '\n'});
        bytes.write((GOOD + "\n").getBytes(StandardCharsets.UTF_8));

        List<PresenceLine> lines = PresenceJson.lines(new ByteArrayInputStream(bytes.toByteArray())).toList();

        assertThat(lines).extracting(PresenceLine::lineNumber).containsExactly(1, 2, 3);
        assertThat(lines).extracting(PresenceLine::valid).containsExactly(true, false, true);
        assertThat(lines.get(1).violations().get(0).message()).contains("not valid UTF-8");
    }

    @Test
    void anOverlongLineIsALimitViolationAndReadingGoesOn() {
        PresenceCodec small = PresenceCodec.withLimits(CodecLimits.DEFAULTS.withMaxDocumentBytes(200));
        String longLine = "{\"channel\":\"" + "x".repeat(10_000) + "\",\"clientId\":\"a\",\"action\":\"enter\"}";

        List<PresenceLine> lines = small.lines(utf8(longLine + "\n" + GOOD + "\n")).toList();

        assertThat(lines).extracting(PresenceLine::lineNumber).containsExactly(1, 2);
        assertThat(lines.get(0).violations()).singleElement().extracting(Violation::keyword).isEqualTo("limit");
        assertThat(lines.get(1).valid()).isTrue();
    }

    @Test
    void theStreamIsLazy() {
        String input = GOOD + "\n" + "{broken\n".repeat(1_000);
        assertThat(PresenceJson.lines(utf8(input)).findFirst()).get()
                .satisfies(line -> assertThat(line.valid()).isTrue());
    }

    @Test
    void emptyAndBlankInputsHaveNoLines() {
        assertThat(PresenceJson.lines(utf8(""))).isEmpty();
        assertThat(PresenceJson.lines(new ByteArrayInputStream(" \n\r\n\t\n".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
