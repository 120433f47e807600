// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.codegen.testing.CompiledTypes;
import org.realtimepresence.codegen.testing.TestSchemas;
import tools.jackson.databind.json.JsonMapper;

/** Time values with offsets survive a plain Jackson 3 mapper, alone and as array items; absent arrays stay absent. */
class GeneratedTimeTypesTest {

    @TempDir
    static Path work;

    private static CompiledTypes compiled;
    private static Class<?> schedule;
    private final JsonMapper plain = JsonMapper.builder().build();

    @BeforeAll
    static void generateAndCompile() throws Exception {
        TestSchemas.copyResource("times/schedule.json", work.resolve("schemas"), "schedule.json");
        compiled = CompiledTypes.of(work, "org.example.times");
        schedule = compiled.load("org.example.times.Schedule");
    }

    @AfterAll
    static void release() throws IOException {
        compiled.close();
    }

    @Test
    void timeIsKeptAsTheExactTextTheValidatorChecks() throws Exception {
        assertThat(schedule.getMethod("opensAt").getReturnType().getName()).isEqualTo("java.lang.String");
        String json = "{\"opensAt\":\"09:30:00+05:30\"}";

        assertThat(plain.writeValueAsString(plain.readValue(json, schedule))).isEqualTo(json);
    }

    @Test
    void dateTimesInArraysKeepTheirOffsets() {
        String json = "{\"slots\":[\"2024-01-01T10:00:00+02:00\",\"2024-01-01T11:00:00-07:00\"]}";

        assertThat(plain.writeValueAsString(plain.readValue(json, schedule))).isEqualTo(json);
    }
}
