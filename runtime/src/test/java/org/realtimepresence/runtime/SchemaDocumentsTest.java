// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The schema reader builds exactly the tree a default {@code JsonMapper.readTree} builds, without a mapper. */
class SchemaDocumentsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void everyTestResourceReadsAsTheMapperReadsIt() throws IOException {
        List<Path> documents;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            documents = files.filter(file -> file.toString().endsWith(".json")).toList();
        }
        assertThat(documents).hasSizeGreaterThan(50);
        for (Path document : documents) {
            byte[] bytes = Files.readAllBytes(document);
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                assertThat(SchemaDocuments.read(in)).as(document.toString()).isEqualTo(MAPPER.readTree(bytes));
            }
        }
    }

    @Test
    void numbersKeepTheNodeTypesOfTheMapper() {
        String json = "{\"i\":1,\"l\":12345678901,\"b\":123456789012345678901234567890,\"d\":1.5,\"e\":1E400,"
                + "\"n\":null,\"t\":true,\"f\":false,\"a\":[],\"o\":{},\"dup\":1,\"dup\":2}";

        assertThat(SchemaDocuments.read(utf8(json))).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void anEmptyOrDoubleDocumentIsRefused() {
        assertThatThrownBy(() -> SchemaDocuments.read(utf8(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The schema resource is empty");
        assertThatThrownBy(() -> SchemaDocuments.read(utf8("{} {}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The schema resource holds more than one JSON value");
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
