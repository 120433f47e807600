// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.codegen.testing.CompiledTypes;
import org.realtimepresence.codegen.testing.TestSchemas;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules on a small test schema with what the presence schema lacks: enum values that are not
 * Java names, a free-form object without {@code additionalProperties}, an array, and a
 * {@code $ref} to a closed schema in a sub-directory (so a sub-package).
 */
class GeneratedTestSchemaTypesTest {

    @TempDir
    static Path work;

    private static CompiledTypes compiled;
    private static Class<?> meeting;
    private static Class<?> place;

    private final JsonMapper plain = JsonMapper.builder().build();

    @BeforeAll
    static void generateAndCompile() throws Exception {
        Path schemas = work.resolve("schemas");
        TestSchemas.copyResource("meeting.json", schemas, "meeting.json");
        TestSchemas.copyResource("common/place.json", schemas, "common/place.json");
        compiled = CompiledTypes.of(work, "org.example");
        assertThat(compiled.result().types()).containsExactly("org.example.common.Place", "org.example.Meeting");
        meeting = compiled.load("org.example.Meeting");
        place = compiled.load("org.example.common.Place");
    }

    @AfterAll
    static void release() throws IOException {
        compiled.close();
    }

    @Test
    void recordWithNestedReferenceRoundTrips() {
        String json = "{\"id\":\"m-1\",\"status\":\"on hold\",\"startsAt\":\"2025-01-31T09:00:00+05:30\","
                + "\"attributes\":{\"room\":{\"floor\":3},\"tags\":[\"a\",\"b\"]},"
                + "\"place\":{\"name\":\"Atrium\",\"capacity\":40},\"attendees\":[\"ann\",\"bob\"]}";

        Object record = plain.readValue(json, meeting);

        assertThat(plain.writeValueAsString(record)).isEqualTo(json);
    }

    @Test
    void enumKeepsWireValuesThatAreNotJavaNames() throws Exception {
        Class<?> status = compiled.load("org.example.Meeting$Status");
        Method value = status.getMethod("value");

        assertThat(status.getEnumConstants())
                .extracting(Object::toString)
                .containsExactly("in-progress", "on hold", "done");
        assertThat(status.getEnumConstants())
                .extracting(c -> ((Enum<?>) c).name())
                .containsExactly("IN_PROGRESS", "ON_HOLD", "DONE");
        assertThat(value.invoke(plain.readValue("\"in-progress\"", status))).isEqualTo("in-progress");
        assertThatThrownBy(() -> plain.readValue("\"IN_PROGRESS\"", status)).isInstanceOf(JacksonException.class);
    }

    @Test
    void objectWithoutAdditionalPropertiesKeywordBecomesAMapKeptWhole() throws Exception {
        Object record = plain.readValue(
                "{\"id\":\"m\",\"status\":\"done\",\"attributes\":{\"x\":{\"y\":[1,2]},\"z\":false}}", meeting);

        Method getter = meeting.getMethod("attributes");
        assertThat(getter.getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Map<java.lang.String, java.lang.Object>");
        assertThat(getter.invoke(record)).isEqualTo(Map.of("x", Map.of("y", List.of(1, 2)), "z", false));
    }

    @Test
    void closedReferencedTypeRejectsUnknownPropertiesWhenNested() {
        assertThatThrownBy(() -> plain.readValue(
                        "{\"id\":\"m\",\"status\":\"done\",\"place\":{\"name\":\"A\",\"floor\":2}}", meeting))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("Unrecognized property \"floor\": Place allows no additional properties");
    }

    @Test
    void eachRootTypeNamesItsOwnPackagedSchema() throws Exception {
        assertThat(meeting.getField("SCHEMA_RESOURCE").get(null)).isEqualTo("org/example/meeting.json");
        assertThat(place.getField("SCHEMA_RESOURCE").get(null)).isEqualTo("org/example/common/place.json");
        assertThat(meeting.getDeclaredField("place").getType()).isSameAs(place);
    }
}
