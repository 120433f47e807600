// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.realtimepresence.runtime.InvalidDocumentException;
import org.realtimepresence.runtime.Violation;

/**
 * {@code read(write(r))} equals {@code r} for every record {@code read} accepts: lone surrogates are written
 * escaped, as they came, numbers keep their type and scale; and deep {@code data} is a {@code limit} at any depth.
 */
class ExactRoundTripTest {

    private static final String START = "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\",";

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "\\udc00", "\\udc00\\ud800", "x\\udbffy", "\\ud83d\\ude00\\ud800"})
    void loneSurrogatesAreASyntaxViolationOnEveryPathInNamesAndValues(String escaped) {
        String inValue = START.replace("\"a\"", "\"" + escaped + "\"") + "\"data\":{}}";
        String inName = START + "\"data\":{\"" + escaped + "\":1}}";
        String inData = START + "\"data\":{\"k\":[\"" + escaped + "\"]}}";

        for (String json : new String[] {inValue, inName, inData}) {
            assertThat(RealtimePresenceJson.validate(json))
                    .as(json)
                    .singleElement()
                    .extracting(Violation::keyword)
                    .isEqualTo("syntax");
            assertThat(RealtimePresenceJson.validate(json.getBytes(StandardCharsets.UTF_8)))
                    .as(json)
                    .isEqualTo(RealtimePresenceJson.validate(json));
            assertThat(catchThrowableOfType(InvalidDocumentException.class, () -> RealtimePresenceJson.read(json))
                            .violations())
                    .isEqualTo(RealtimePresenceJson.validate(json));
        }
        assertThat(RealtimePresenceJson.validate(inValue).get(0).pointer()).isEqualTo("/clientId");
    }

    @Test
    void aLoneSurrogateIsNeverWrittenEvenWhenARecordIsBuiltInCode() {
        RealtimePresence record = RealtimePresence.builder()
                .channel("c")
                .clientId("\ud800".substring(0, 1) + "x")
                .action(RealtimePresence.Action.ENTER)
                .data(Map.of("k", "\udc00"))
                .build();

        assertThat(RealtimePresenceJson.validate(record))
                .extracting(Violation::keyword)
                .containsExactly("syntax");
        assertThat(catchThrowableOfType(InvalidDocumentException.class, () -> RealtimePresenceJson.write(record))
                        .violations())
                .extracting(Violation::pointer)
                .containsExactly("/clientId");
    }

    @Test
    void pairedSurrogatesStayCharactersAndRoundTrip() {
        RealtimePresence record =
                RealtimePresenceJson.read(START.replace("\"a\"", "\"\\ud83d\\ude00\"") + "\"data\":{}}");
        String written = RealtimePresenceJson.write(record);

        assertThat(written).contains("\"clientId\":\"\ud83d\ude00\"");
        assertThat(RealtimePresenceJson.read(written)).isEqualTo(record);
        assertThat(RealtimePresenceJson.read(written.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(record);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1e0",
                "1.0",
                "-0.0",
                "1E+2",
                "0.10",
                "123456789012345678901234567890",
                "-123456789012345678901234567890",
                "1E400",
                "1e-400",
                "10e0",
                "0",
                "-1",
                "2147483648",
                "0.0",
                "5E-1"
            })
    void numbersInDataRoundTripWithTheirTypeAndScale(String number) {
        RealtimePresence record =
                RealtimePresenceJson.read(START + "\"data\":{\"n\":" + number + ",\"a\":[" + number + "]}}");

        RealtimePresence again = RealtimePresenceJson.read(RealtimePresenceJson.write(record));

        assertThat(again).isEqualTo(record);
        assertThat(again.data().get("n"))
                .isEqualTo(record.data().get("n"))
                .hasSameClassAs(record.data().get("n"));
        assertThat(RealtimePresenceJson.write(again)).isEqualTo(RealtimePresenceJson.write(record));
    }

    @ParameterizedTest
    @ValueSource(ints = {65, 66, 100, 1_000, 10_000, 100_000})
    void deepDataIsALimitAtEveryDepthNeverAStackOverflow(int depth) {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> inner = data;
        for (int i = 1; i < depth; i++) {
            Map<String, Object> next = new LinkedHashMap<>();
            inner.put("d", next);
            inner = next;
        }
        RealtimePresence record = RealtimePresence.builder()
                .channel("c")
                .clientId("a")
                .action(RealtimePresence.Action.ENTER)
                .data(data)
                .build();

        assertThat(RealtimePresenceJson.validate(record))
                .singleElement()
                .extracting(Violation::keyword)
                .isEqualTo("limit");
        InvalidDocumentException refused =
                catchThrowableOfType(InvalidDocumentException.class, () -> RealtimePresenceJson.write(record));
        assertThat(refused.violations()).extracting(Violation::keyword).containsExactly("limit");
    }

    @Test
    void dataJustWithinTheDepthLimitIsWritten() {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, Object> inner = data;
        for (int i = 1; i < 64; i++) {
            Map<String, Object> next = new LinkedHashMap<>();
            inner.put("d", next);
            inner = next;
        }
        RealtimePresence record = RealtimePresence.builder()
                .channel("c")
                .clientId("a")
                .action(RealtimePresence.Action.ENTER)
                .data(data)
                .build();

        assertThat(RealtimePresenceJson.read(RealtimePresenceJson.write(record)))
                .isEqualTo(record);
    }
}
