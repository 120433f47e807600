// SPDX-License-Identifier: Apache-2.0
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
import org.realtimepresence.runtime.Decoded;
import org.realtimepresence.runtime.SchemaCodec;
import org.realtimepresence.runtime.Violation;

/** JSON Lines: line numbers, blank lines, CRLF, and bad lines that neither stop the stream nor hide good ones. */
class PresenceJsonLinesTest {

    private static final String GOOD = "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}";

    @Test
    void eachLineCarriesItsNumberAndEitherARecordOrViolations() {
        String input = GOOD + "\n\n{\"channel\":5,\"clientId\":\"a\",\"action\":\"enter\"}\r\n   \n{oops\n"
                + GOOD.replace("enter", "leave") + "\r\n" + GOOD.replace("enter", "absent");
        List<Decoded<RealtimePresence>> lines;
        try (Stream<Decoded<RealtimePresence>> stream = RealtimePresenceJson.lines(utf8(input))) {
            lines = stream.toList();
        }

        assertThat(lines).extracting(Decoded::line).containsExactly(1L, 3L, 5L, 6L, 7L);
        assertThat(lines).extracting(Decoded::valid).containsExactly(true, false, false, true, true);
        assertThat(lines.get(0).value())
                .get()
                .extracting(RealtimePresence::action)
                .isEqualTo(RealtimePresence.Action.ENTER);
        assertThat(lines.get(1).violations())
                .extracting(Violation::pointer, Violation::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/channel", "type"));
        assertThat(lines.get(2).violations())
                .singleElement()
                .extracting(Violation::keyword)
                .isEqualTo("syntax");
        assertThat(lines.get(2).value()).isEmpty();
        assertThat(lines.get(3).value())
                .get()
                .extracting(RealtimePresence::action)
                .isEqualTo(RealtimePresence.Action.LEAVE);
        assertThat(lines.get(4).value())
                .get()
                .extracting(RealtimePresence::action)
                .isEqualTo(RealtimePresence.Action.ABSENT);
    }

    @Test
    void invalidUtf8OnOneLineLeavesTheNeighboursIntact() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}', '\n'});
        bytes.write((GOOD + "\n").getBytes(StandardCharsets.UTF_8));

        List<Decoded<RealtimePresence>> lines = RealtimePresenceJson.lines(
                        new ByteArrayInputStream(bytes.toByteArray()))
                .toList();

        assertThat(lines).extracting(Decoded::line).containsExactly(1L, 2L, 3L);
        assertThat(lines).extracting(Decoded::valid).containsExactly(true, false, true);
        assertThat(lines.get(1).violations().get(0).message()).contains("not valid UTF-8");
    }

    @Test
    void anOverlongLineIsALimitViolationAndReadingGoesOn() {
        SchemaCodec<RealtimePresence> small =
                RealtimePresenceJson.withLimits(CodecLimits.DEFAULTS.withMaxDocumentBytes(200));
        String longLine = "{\"channel\":\"" + "x".repeat(10_000) + "\",\"clientId\":\"a\",\"action\":\"enter\"}";

        List<Decoded<RealtimePresence>> lines =
                small.lines(utf8(longLine + "\n" + GOOD + "\n")).toList();

        assertThat(lines).extracting(Decoded::line).containsExactly(1L, 2L);
        assertThat(lines.get(0).violations())
                .singleElement()
                .extracting(Violation::keyword)
                .isEqualTo("limit");
        assertThat(lines.get(1).valid()).isTrue();
    }

    @Test
    void theStreamIsLazy() {
        String input = GOOD + "\n" + "{broken\n".repeat(1_000);
        assertThat(RealtimePresenceJson.lines(utf8(input)).findFirst()).get().satisfies(line -> assertThat(line.valid())
                .isTrue());
    }

    @Test
    void emptyAndBlankInputsHaveNoLines() {
        assertThat(RealtimePresenceJson.lines(utf8(""))).isEmpty();
        assertThat(RealtimePresenceJson.lines(new ByteArrayInputStream(" \n\r\n\t\n".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
