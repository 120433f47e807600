// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.codegen.testing.CompiledTypes;
import org.realtimepresence.codegen.testing.TestSchemas;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names a record cannot simply take: properties whose accessor would clash with {@code Object}'s
 * methods or the record's own {@code builder()}, a nested enum called {@code Builder}, and an inline
 * object named like the record it is nested in, an apostrophe in a nested enum's Javadoc, and an
 * object too wide for a record. They compile strictly and still read and write their JSON names.
 */
class RecordNamesTest {

    @TempDir
    static Path work;

    private static CompiledTypes compiled;

    private final JsonMapper jackson3 = JsonMapper.builder().build();
    private final com.fasterxml.jackson.databind.ObjectMapper jackson2 =
            new com.fasterxml.jackson.databind.ObjectMapper();

    @BeforeAll
    static void generateAndCompile() throws Exception {
        TestSchemas.write(
                work.resolve("schemas"),
                "item.json",
                """
                {"type": "object", "additionalProperties": false,
                 "properties": {
                   "hashCode": {"type": "string"},
                   "toBuilder": {"type": "integer"},
                   "builder": {"type": "string", "enum": ["a", "b"]},
                   "item": {"type": "object", "additionalProperties": false,
                            "properties": {"item": {"type": "object", "properties": {"n": {"type": "integer"}}}}},
                   "List": {"type": "object", "properties": {"map": {"type": "string"}}},
                   "note": {"type": "object", "properties": {
                     "kind": {"type": "string", "enum": ["x"], "description": "the note's kind, in 'quotes'"}}}
                 }}""");
        StringBuilder wide = new StringBuilder("{\"type\": \"object\", \"properties\": {");
        for (int i = 0; i < 300; i++) {
            wide.append(i == 0 ? "" : ", ").append("\"p").append(i).append("\": {\"type\": \"string\"}");
        }
        TestSchemas.write(
                work.resolve("schemas"), "wide.json", wide.append("}}").toString());
        compiled = CompiledTypes.of(work, "org.example.names");
    }

    @AfterAll
    static void release() throws IOException {
        compiled.close();
    }

    @Test
    void anObjectWithMorePropertiesThanAConstructorTakesStaysABean() throws Exception {
        Class<?> wide = compiled.load("org.example.names.Wide");

        assertThat(wide.isRecord()).isFalse();
        assertThat(wide.getMethod("getP299").getReturnType()).isEqualTo(String.class);
    }

    @Test
    void clashingNamesGetDistinctJavaNamesAndKeepTheirJsonNames() throws Exception {
        Class<?> item = compiled.load("org.example.names.Item");
        String json = "{\"hashCode\":\"h\",\"toBuilder\":3,\"builder\":\"b\",\"item\":{\"item\":{\"n\":1}},"
                + "\"List\":{\"map\":\"m\"},\"note\":{\"kind\":\"x\"}}";

        assertThat(List.of(item.getRecordComponents()))
                .extracting(c -> c.getName())
                .containsExactly("hashCodeValue", "toBuilderValue", "builderValue", "item", "list", "note");
        assertThat(compiled.load("org.example.names.Item$ItemValue").getEnclosingClass())
                .isEqualTo(item);
        assertThat(compiled.load("org.example.names.Item$ItemBuilder")).isNotNull();
        assertThat(jackson3.writeValueAsString(jackson3.readValue(json, item))).isEqualTo(json);
        assertThat(jackson2.writeValueAsString(jackson2.readValue(json, item))).isEqualTo(json);
    }
}
