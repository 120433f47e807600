// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated {@link RealtimePresence} read and written with a plain Jackson 3 {@link JsonMapper}:
 * every guarantee here comes from the generated code, not from a mapper configuration of ours.
 */
class GeneratedTypesTest {

    private final JsonMapper plain = JsonMapper.builder().build();

    @Test
    void roundTripKeepsEveryFieldInSchemaOrder() {
        String json = "{\"channel\":\"room-1\",\"clientId\":\"alice\",\"connectionId\":\"c-1\",\"action\":\"update\","
                + "\"data\":{\"status\":\"away\",\"n\":12345678901234567890,\"nested\":{\"list\":[1,2.5,true,null]}},"
                + "\"since\":\"2024-05-01T10:00:00+02:00\",\"occurredAt\":\"2024-05-01T10:05:00.123-07:30\"}";

        RealtimePresence record = plain.readValue(json, RealtimePresence.class);

        assertThat(plain.writeValueAsString(record)).isEqualTo(json);
    }

    @Test
    void offsetsAreKeptNotShiftedToUtc() {
        RealtimePresence record = plain.readValue(
                "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\",\"occurredAt\":\"2024-05-01T10:00:00+02:00\"}",
                RealtimePresence.class);

        assertThat(record.occurredAt()).isEqualTo(OffsetDateTime.parse("2024-05-01T10:00:00+02:00"));
        assertThat(record.occurredAt().getOffset().getId()).isEqualTo("+02:00");
        assertThat(plain.writeValueAsString(record)).contains("\"occurredAt\":\"2024-05-01T10:00:00+02:00\"");
    }

    @Test
    void unknownPropertyIsRejectedByAPlainMapper() {
        assertThatThrownBy(() -> plain.readValue(
                        "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\",\"colour\":\"red\"}",
                        RealtimePresence.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("Unrecognized property \"colour\"");
    }

    @Test
    void dataKeepsNestedValuesWhole() {
        RealtimePresence record = plain.readValue(
                "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\",\"data\":{\"a\":{\"b\":[1,{\"c\":\"d\"}]},\"e\":1.5}}",
                RealtimePresence.class);

        assertThat(record.data()).containsOnlyKeys("a", "e");
        assertThat(record.data().get("a")).isEqualTo(Map.of("b", List.of(1, Map.of("c", "d"))));
        assertThat(record.data().get("e")).isEqualTo(1.5);
    }

    @Test
    void actionUsesExactWireValues() {
        for (RealtimePresence.Action action : RealtimePresence.Action.values()) {
            String wire = action.name().toLowerCase(java.util.Locale.ROOT);
            assertThat(action.value()).isEqualTo(wire);
            assertThat(plain.writeValueAsString(action)).isEqualTo("\"" + wire + "\"");
            assertThat(plain.readValue("\"" + wire + "\"", RealtimePresence.Action.class))
                    .isSameAs(action);
        }
        assertThatThrownBy(() -> plain.readValue("\"ENTER\"", RealtimePresence.Action.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void requiredPropertiesAreMarkedForJackson() throws NoSuchFieldException {
        for (String name : List.of("channel", "clientId", "action")) {
            assertThat(RealtimePresence.class
                            .getDeclaredField(name)
                            .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class)
                            .required())
                    .as(name)
                    .isTrue();
        }
        assertThat(RealtimePresence.class
                        .getDeclaredField("connectionId")
                        .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class)
                        .required())
                .isFalse();
    }

    @Test
    void schemaConstantNamesThePackagedSchemaByteForByte() throws IOException {
        assertThat(RealtimePresence.SCHEMA_RESOURCE).isEqualTo("org/realtimepresence/model/realtime-presence.json");
        try (InputStream packaged =
                RealtimePresence.class.getClassLoader().getResourceAsStream(RealtimePresence.SCHEMA_RESOURCE)) {
            assertThat(packaged).isNotNull();
            assertThat(packaged.readAllBytes())
                    .isEqualTo(Files.readAllBytes(Path.of("..", "schemas", "realtime-presence.json")));
        }
    }

    @Test
    void theModelIsARecordWithABuilderThatNamesEveryMissingProperty() {
        assertThat(RealtimePresence.class.isRecord()).isTrue();
        assertThatThrownBy(() -> RealtimePresence.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot build RealtimePresence: missing required channel, clientId, action");
    }

    @Test
    void accessorsHaveTheDocumentedTypes() throws NoSuchMethodException {
        Method occurredAt = RealtimePresence.class.getMethod("occurredAt");
        Method data = RealtimePresence.class.getMethod("data");
        assertThat(occurredAt.getReturnType()).isEqualTo(OffsetDateTime.class);
        assertThat(data.getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Map<java.lang.String, java.lang.Object>");
    }
}
