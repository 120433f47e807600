// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.codegen.testing.CompiledTypes;
import org.realtimepresence.codegen.testing.TestSchemas;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The type generated from (a test copy of) the presence schema, compiled with {@code -Xlint:all -Werror},
 * loaded in a fresh class loader and used through a plain Jackson 3 {@link JsonMapper}: everything
 * asserted here comes from the generated code, not from mapper configuration.
 */
class GeneratedPresenceTypeTest {

    @TempDir
    static Path work;

    private static CompiledTypes compiled;
    private static Class<?> presence;

    private final JsonMapper plain = JsonMapper.builder().build();

    @BeforeAll
    static void generateAndCompile() throws Exception {
        TestSchemas.copyPresenceSchema(work.resolve("schemas"));
        compiled = CompiledTypes.of(work, "org.realtimepresence.model");
        presence = compiled.load("org.realtimepresence.model.RealtimePresence");
    }

    @AfterAll
    static void release() throws IOException {
        compiled.close();
    }

    @Test
    void fullRecordRoundTripsUnchanged() {
        String json = "{\"channel\":\"room-1\",\"clientId\":\"alice\",\"connectionId\":\"c-1\",\"action\":\"present\","
                + "\"data\":{\"name\":\"Alice\",\"n\":12345678901234567890,\"nested\":{\"list\":[1,2.5,true,null]}},"
                + "\"since\":\"2024-05-01T10:00:00+02:00\",\"occurredAt\":\"2024-05-01T10:05:00.123-07:30\"}";

        Object record = plain.readValue(json, presence);

        assertThat(plain.writeValueAsString(record)).isEqualTo(json);
        assertThat(plain.readValue(plain.writeValueAsString(record), presence)).isEqualTo(record);
    }

    @Test
    void unknownPropertyIsRejectedNamingIt() {
        assertThatThrownBy(() -> plain.readValue(
                        "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\",\"colour\":\"red\"}", presence))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining(
                        "Unrecognized property \"colour\": RealtimePresence allows no additional properties");
    }

    @Test
    void dataMapIsKeptWhole() throws Exception {
        Object record = plain.readValue(
                "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"update\","
                        + "\"data\":{\"a\":{\"b\":[1,{\"c\":\"d\"}]},\"e\":1.5,\"f\":null,\"g\":\"\"}}",
                presence);

        Method accessor = presence.getMethod("data");
        assertThat(accessor.getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Map<java.lang.String, java.lang.Object>");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) accessor.invoke(record);
        assertThat(data).containsOnlyKeys("a", "e", "f", "g");
        assertThat(data.get("a")).isEqualTo(Map.of("b", List.of(1, Map.of("c", "d"))));
        assertThat(data.get("e")).isEqualTo(1.5);
        assertThat(data.get("f")).isNull();
        assertThat(data.get("g")).isEqualTo("");
    }

    @Test
    void actionReadsAndWritesExactlyTheWireValues() throws Exception {
        Class<?> action = compiled.load("org.realtimepresence.model.RealtimePresence$Action");
        Method value = action.getMethod("value");
        Method fromValue = action.getMethod("fromValue", String.class);
        List<String> wire = List.of("enter", "leave", "update", "present", "absent");

        assertThat(action.getEnumConstants()).hasSize(wire.size());
        for (int i = 0; i < wire.size(); i++) {
            Object constant = action.getEnumConstants()[i];
            assertThat(value.invoke(constant)).isEqualTo(wire.get(i));
            assertThat(fromValue.invoke(null, wire.get(i))).isSameAs(constant);
            assertThat(plain.writeValueAsString(constant)).isEqualTo("\"" + wire.get(i) + "\"");
            assertThat(plain.readValue("\"" + wire.get(i) + "\"", action)).isSameAs(constant);
        }
        assertThatThrownBy(() -> plain.readValue("\"ENTER\"", action)).isInstanceOf(JacksonException.class);
    }

    @Test
    void offsetsAreKeptNotShiftedToUtc() throws Exception {
        Object record = plain.readValue(
                "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\","
                        + "\"since\":\"2024-05-01T23:30:00-05:00\",\"occurredAt\":\"2024-05-01T10:00:00+02:00\"}",
                presence);

        OffsetDateTime occurredAt =
                (OffsetDateTime) presence.getMethod("occurredAt").invoke(record);
        OffsetDateTime since = (OffsetDateTime) presence.getMethod("since").invoke(record);
        assertThat(occurredAt.toString()).isEqualTo("2024-05-01T10:00+02:00");
        assertThat(since.toString()).isEqualTo("2024-05-01T23:30-05:00");
        assertThat(plain.writeValueAsString(record))
                .contains("\"since\":\"2024-05-01T23:30:00-05:00\"", "\"occurredAt\":\"2024-05-01T10:00:00+02:00\"");
    }

    @Test
    void requiredPropertiesAreMarkedForJacksonAndOnlyThem() throws Exception {
        for (String name : List.of("channel", "clientId", "action", "connectionId", "data", "since", "occurredAt")) {
            boolean required = presence.getDeclaredField(name)
                    .getAnnotation(JsonProperty.class)
                    .required();
            assertThat(required)
                    .as(name)
                    .isEqualTo(List.of("channel", "clientId", "action").contains(name));
        }
    }

    @Test
    void schemaConstantNamesThePackagedSchemaWhichIsByteIdentical() throws Exception {
        String resource = (String) presence.getField("SCHEMA_RESOURCE").get(null);

        assertThat(resource).isEqualTo("org/realtimepresence/model/realtime-presence.json");
        assertThat(compiled.target().resolve("generated-resources").resolve(resource))
                .hasBinaryContent(TestSchemas.bytesOf(TestSchemas.PRESENCE_SCHEMA));
    }

    @Test
    void everyGeneratedClassIsMarkedAndHeadedWithoutATimestamp() throws Exception {
        Class<?> action = compiled.load("org.realtimepresence.model.RealtimePresence$Action");
        // @Generated has source retention, so the marker is checked in the source.
        String source = Files.readString(
                compiled.target().resolve("generated-sources/org/realtimepresence/model/RealtimePresence.java"));

        assertThat(source)
                .startsWith(
                        """
                //
                // DO NOT EDIT. Generated by schema-codegen-maven-plugin from a JSON Schema.
                // Edit the schema and rebuild instead: changes to this file are lost on the next build.
                //
                """);
        assertThat(source.split("@Generated\\(\"org.realtimepresence:schema-codegen-maven-plugin\"\\)", -1))
                .hasSize(3);
        assertThat(source).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
        assertThat(action.isEnum()).isTrue();
        assertThat(Generated.class.getName()).isEqualTo("javax.annotation.processing.Generated");
    }
}
