// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.realtimepresence.codegen.testing.CompiledTypes;
import org.realtimepresence.codegen.testing.TestSchemas;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's claim that the generated code works with Jackson 2 as well as Jackson 3. The types of
 * every test schema (the presence schema, nested references, times, and {@code uniqueItems} arrays)
 * are generated without their codecs and compiled against jackson-annotations alone, then bound
 * with a plain Jackson 2 {@link ObjectMapper} that only has the JSR-310 module registered: nothing
 * else configured. Every test runs on the records and on the beans.
 */
class GeneratedTypesWithJackson2Test {

    @TempDir
    static Path work;

    private static final Map<TypeStyle, CompiledTypes> COMPILED = new EnumMap<>(TypeStyle.class);

    private final ObjectMapper jackson2 = new ObjectMapper().registerModule(new JavaTimeModule());
    private final JsonMapper jackson3 = JsonMapper.builder().build();

    @BeforeAll
    static void generateAndCompileAgainstTheAnnotationsAlone() throws Exception {
        Path schemas = work.resolve("schemas");
        TestSchemas.copyPresenceSchema(schemas);
        for (String schema :
                List.of("meeting.json", "common/place.json", "times/schedule.json", "collections/board.json")) {
            TestSchemas.copyResource(schema, schemas, schema);
        }
        for (TypeStyle style : TypeStyle.values()) {
            COMPILED.put(style, CompiledTypes.typesAgainstAnnotationsOnly(work, "org.example", style));
        }
    }

    @AfterAll
    static void release() throws IOException {
        for (CompiledTypes compiled : COMPILED.values()) {
            compiled.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TypeStyle.class)
    void presenceRecordRoundTripsWithOffsetsAndDataKept(TypeStyle style) throws Exception {
        CompiledTypes compiled = COMPILED.get(style);
        String json = "{\"channel\":\"room-1\",\"clientId\":\"alice\",\"connectionId\":\"c-1\",\"action\":\"present\","
                + "\"data\":{\"name\":\"Alice\",\"n\":12345678901234567890,\"nested\":{\"list\":[1,2.5,true,null]}},"
                + "\"since\":\"2024-05-01T10:00:00+02:00\",\"occurredAt\":\"2024-05-01T10:05:00.123-07:30\"}";
        Class<?> presence = compiled.load("org.example.RealtimePresence");

        Object record = jackson2.readValue(json, presence);

        assertThat(((OffsetDateTime) CompiledTypes.property(record, "since"))
                        .getOffset()
                        .getId())
                .isEqualTo("+02:00");
        assertThat(jackson2.writeValueAsString(record)).isEqualTo(json);
        assertThat(jackson2.readValue(jackson2.writeValueAsString(record), presence))
                .isEqualTo(record);
    }

    @ParameterizedTest
    @EnumSource(TypeStyle.class)
    void bothJacksonsReadAndWriteTheSameText(TypeStyle style) throws Exception {
        CompiledTypes compiled = COMPILED.get(style);
        String json = "{\"id\":\"m-1\",\"status\":\"on hold\",\"startsAt\":\"2025-01-31T09:00:00+05:30\","
                + "\"attributes\":{\"room\":{\"floor\":3},\"tags\":[\"a\",\"b\"]},"
                + "\"place\":{\"name\":\"Atrium\",\"capacity\":40},\"attendees\":[\"ann\",\"bob\"]}";
        Class<?> meeting = compiled.load("org.example.Meeting");

        Object fromJackson2 = jackson2.readValue(json, meeting);

        assertThat(fromJackson2).isEqualTo(jackson3.readValue(json, meeting));
        assertThat(jackson2.writeValueAsString(fromJackson2))
                .isEqualTo(json)
                .isEqualTo(jackson3.writeValueAsString(fromJackson2));
    }

    @ParameterizedTest
    @EnumSource(TypeStyle.class)
    void closedObjectsRejectUnknownPropertiesAlsoWhenNested(TypeStyle style) throws Exception {
        CompiledTypes compiled = COMPILED.get(style);
        Class<?> presence = compiled.load("org.example.RealtimePresence");
        Class<?> meeting = compiled.load("org.example.Meeting");

        assertThatThrownBy(() -> jackson2.readValue(
                        "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\",\"colour\":\"red\"}", presence))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining(
                        "Unrecognized property \"colour\": RealtimePresence allows no additional properties");
        assertThatThrownBy(() -> jackson2.readValue(
                        "{\"id\":\"m\",\"status\":\"done\",\"place\":{\"name\":\"A\",\"floor\":2}}", meeting))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Unrecognized property \"floor\": Place allows no additional properties");
    }

    @ParameterizedTest
    @EnumSource(TypeStyle.class)
    void enumsReadOnlyTheirWireValues(TypeStyle style) throws Exception {
        CompiledTypes compiled = COMPILED.get(style);
        Class<?> status = compiled.load("org.example.Meeting$Status");

        assertThat(jackson2.readValue("\"in-progress\"", status)).hasToString("in-progress");
        assertThat(jackson2.writeValueAsString(jackson2.readValue("\"on hold\"", status)))
                .isEqualTo("\"on hold\"");
        assertThatThrownBy(() -> jackson2.readValue("\"IN_PROGRESS\"", status))
                .isInstanceOf(JsonProcessingException.class);
    }

    @ParameterizedTest
    @EnumSource(TypeStyle.class)
    void timesAndDateTimeArrayItemsKeepTheirText(TypeStyle style) throws Exception {
        CompiledTypes compiled = COMPILED.get(style);
        String json = "{\"opensAt\":\"09:30:00+05:30\","
                + "\"slots\":[\"2024-01-01T10:00:00+02:00\",\"2024-01-01T11:00:00-07:00\"]}";
        Class<?> schedule = compiled.load("org.example.times.Schedule");

        assertThat(jackson2.writeValueAsString(jackson2.readValue(json, schedule)))
                .isEqualTo(json);
    }

    /**
     * The one place a plain Jackson 2 mapper needs a setting, as the README says: it does not apply
     * the field's format to map values, so without {@code WRITE_DATES_AS_TIMESTAMPS} disabled they
     * would be written as numbers. With it, they are written as Jackson 3 writes them, in UTC.
     */
    @ParameterizedTest
    @EnumSource(TypeStyle.class)
    void dateTimeMapValuesNeedTimestampsOffAndThenMatchJackson3(TypeStyle style) throws Exception {
        CompiledTypes compiled = COMPILED.get(style);
        String json = "{\"deadlines\":{\"a\":\"2024-01-01T10:00:00+02:00\"}}";
        Class<?> schedule = compiled.load("org.example.times.Schedule");
        ObjectMapper textDates = jackson2.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        assertThat(textDates.writeValueAsString(textDates.readValue(json, schedule)))
                .isEqualTo("{\"deadlines\":{\"a\":\"2024-01-01T08:00:00Z\"}}")
                .isEqualTo(jackson3.writeValueAsString(jackson3.readValue(json, schedule)));
    }

    @ParameterizedTest
    @EnumSource(TypeStyle.class)
    void uniqueItemsArraysAreListsThatKeepOrderUnderBothJacksons(TypeStyle style) throws Exception {
        CompiledTypes compiled = COMPILED.get(style);
        String json = "{\"labels\":[\"urgent\",\"bug\",\"api\"],"
                + "\"columns\":[{\"name\":\"todo\",\"limit\":5},{\"name\":\"done\"}],"
                + "\"reviews\":[\"2024-01-01T10:00:00+02:00\",\"2023-12-31T09:00:00-05:00\"]}";
        Class<?> board = compiled.load("org.example.collections.Board");
        Method labels = board.getMethod(style == TypeStyle.RECORD ? "labels" : "getLabels");

        assertThat(labels.getGenericReturnType().getTypeName()).isEqualTo("java.util.List<java.lang.String>");
        assertThat(board.getMethod(style == TypeStyle.RECORD ? "reviews" : "getReviews")
                        .getGenericReturnType()
                        .getTypeName())
                .isEqualTo("java.util.List<java.time.OffsetDateTime>");
        assertThat(jackson2.writeValueAsString(jackson2.readValue(json, board))).isEqualTo(json);
        assertThat(jackson3.writeValueAsString(jackson3.readValue(json, board))).isEqualTo(json);
        // Uniqueness is the validator's to report: binding drops nothing, so a duplicate is never lost silently.
        assertThat(labels.invoke(jackson2.readValue("{\"labels\":[\"a\",\"a\"]}", board)))
                .isEqualTo(List.of("a", "a"));
    }
}
