// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.InvalidDocumentException;
import org.realtimepresence.runtime.SchemaCodec;
import org.realtimepresence.runtime.Violation;

/** Writing: compact, schema order, absent values left out, offsets and numbers kept, never an invalid record. */
class PresenceJsonWriteTest {

    @Test
    void writesCompactJsonInSchemaOrderLeavingOutAbsentValues() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("z", null);
        data.put("a", List.of(1, new BigDecimal("2.50")));
        RealtimePresence record = RealtimePresence.builder()
                .occurredAt(OffsetDateTime.parse("2024-05-01T10:00:00+02:00"))
                .data(data)
                .action(RealtimePresence.Action.PRESENT)
                .clientId("alice")
                .channel("room-1")
                .build();

        assertThat(RealtimePresenceJson.write(record))
                .isEqualTo("{\"channel\":\"room-1\",\"clientId\":\"alice\",\"action\":\"present\","
                        + "\"data\":{\"z\":null,\"a\":[1,2.50]},\"occurredAt\":\"2024-05-01T10:00:00+02:00\"}");
    }

    @Test
    void offsetsAndExactNumbersSurviveReadThenWrite() {
        String json =
                "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"update\",\"data\":{\"big\":123456789012345678901234567890,"
                        + "\"dec\":0.1000000000000000000000000001},\"since\":\"2024-05-01T10:00:00-07:30\",\"occurredAt\":\"2024-05-01T10:00:00.5+02:00\"}";

        RealtimePresence record = RealtimePresenceJson.read(json);

        assertThat(record.data().get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(record.data().get("dec")).isEqualTo(new BigDecimal("0.1000000000000000000000000001"));
        assertThat(record.since().getOffset().getId()).isEqualTo("-07:30");
        assertThat(RealtimePresenceJson.write(record)).isEqualTo(json);
    }

    @Test
    void aRecordMissingRequiredFieldsCannotBeBuiltSoNeverWritten() {
        assertThatThrownBy(() -> RealtimePresence.builder().channel("c").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build RealtimePresence: missing required clientId, action");
        // Through the canonical constructor by reflection, so that this test still compiles when the schema
        // gains a property (RegenerateOnSchemaChangeIT adds one).
        RecordComponent[] components = RealtimePresence.class.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            switch (components[i].getName()) {
                case "channel" -> arguments[i] = "c";
                case "action" -> arguments[i] = RealtimePresence.Action.ENTER;
                default -> arguments[i] = null;
            }
        }
        assertThatThrownBy(() -> RealtimePresence.class
                        .getDeclaredConstructor(Arrays.stream(components)
                                .map(RecordComponent::getType)
                                .toArray(Class<?>[]::new))
                        .newInstance(arguments))
                .isInstanceOf(InvocationTargetException.class)
                .cause()
                .isInstanceOf(NullPointerException.class)
                .hasMessage("\"clientId\" is required");
    }

    @Test
    void aCycleInsideDataIsALimitNotAStackOverflow() {
        Map<String, Object> cyclic = new HashMap<>();
        cyclic.put("self", cyclic);
        RealtimePresence record = RealtimePresence.builder()
                .channel("c")
                .clientId("a")
                .action(RealtimePresence.Action.ENTER)
                .data(cyclic)
                .build();

        assertThat(RealtimePresenceJson.validate(record))
                .extracting(Violation::pointer, Violation::keyword)
                .containsExactly(tuple("", "limit"));
    }

    @Test
    void neverWritesWhatItWouldRefuseToRead() {
        SchemaCodec<RealtimePresence> small = RealtimePresenceJson.withLimits(
                CodecLimits.DEFAULTS.withMaxDocumentBytes(100).withMaxNestingDepth(4));
        RealtimePresence large = RealtimePresence.builder()
                .channel("x".repeat(200))
                .clientId("a")
                .action(RealtimePresence.Action.ENTER)
                .build();
        RealtimePresence deep = RealtimePresence.builder()
                .channel("c")
                .clientId("a")
                .action(RealtimePresence.Action.ENTER)
                .data(Map.of("a", Map.of("b", Map.of("c", Map.of("d", 1)))))
                .build();

        assertThat(small.validate(large))
                .singleElement()
                .extracting(Violation::keyword)
                .isEqualTo("limit");
        assertThat(small.validate(deep))
                .singleElement()
                .extracting(Violation::keyword)
                .isEqualTo("limit");
        assertThat(small.validate(small.write(large.toBuilder().channel("c").build())))
                .isEmpty();
    }

    @Test
    void theWriteLimitCountsUtf8BytesSoTheBytesAreReadableToo() {
        SchemaCodec<RealtimePresence> small =
                RealtimePresenceJson.withLimits(CodecLimits.DEFAULTS.withMaxDocumentBytes(200));
        // 90 characters of two-byte UTF-8: under 200 characters in all, over 200 bytes.
        RealtimePresence record = RealtimePresence.builder()
                .channel("\u00e9".repeat(90))
                .clientId("a")
                .action(RealtimePresence.Action.ENTER)
                .build();

        InvalidDocumentException refused =
                catchThrowableOfType(InvalidDocumentException.class, () -> small.write(record));

        assertThat(refused.violations()).extracting(Violation::keyword).containsExactly("limit");
        assertThat(refused.violations().get(0).message()).contains("bytes in UTF-8");
    }

    @Test
    void leapSecondsBindToTheLastSecondOfTheMinute() {
        RealtimePresence record = RealtimePresenceJson.read(
                "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\",\"occurredAt\":\"1998-12-31t15:59:60.25-08:00\"}");

        assertThat(record.occurredAt()).isEqualTo(OffsetDateTime.parse("1998-12-31T15:59:59.25-08:00"));
        assertThat(RealtimePresenceJson.write(record)).contains("\"occurredAt\":\"1998-12-31T15:59:59.25-08:00\"");
    }
}
