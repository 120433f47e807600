// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.testing.TestSchemas;

/** Every read error names the file, the line and the column it points at. */
class SchemaReaderTest {

    @TempDir
    Path dir;

    private final SchemaReader reader = new SchemaReader();

    @Test
    void missingCommaIsReportedAtItsLineAndColumn() {
        Path file = TestSchemas.write(dir, "broken.json", "{\n  \"type\": \"object\"\n  \"title\": \"x\"\n}\n");

        assertThatThrownBy(() -> reader.read("broken.json", file))
                .isInstanceOf(CodegenException.class)
                .hasMessageStartingWith(file + ":3:3: malformed schema JSON: ")
                .hasMessageContaining("expecting comma");
    }

    @Test
    void duplicateKeyIsAnErrorAtItsPosition() {
        Path file = TestSchemas.write(dir, "dup.json", "{\"type\": \"object\",\n \"type\": \"string\"}");

        assertThatThrownBy(() -> reader.read("dup.json", file))
                .hasMessageStartingWith(file + ":2:")
                .hasMessageContaining("Duplicate Object property \"type\"");
    }

    @Test
    void trailingContentIsAnError() {
        Path file = TestSchemas.write(dir, "trailing.json", "{}\n{}\n");

        assertThatThrownBy(() -> reader.read("trailing.json", file))
                .hasMessageStartingWith(file + ":2:")
                .hasMessageContaining("malformed schema JSON");
    }

    @Test
    void unterminatedDocumentNamesWhereItEnds() {
        Path file = TestSchemas.write(dir, "cut.json", "{\n  \"properties\": {\n");

        assertThatThrownBy(() -> reader.read("cut.json", file))
                .hasMessageStartingWith(file + ":3:1: malformed schema JSON: ");
    }

    @Test
    void emptyFileIsNamed() {
        Path file = TestSchemas.write(dir, "empty.json", "");

        assertThatThrownBy(() -> reader.read("empty.json", file))
                .hasMessage(file + ":1:1: malformed schema JSON: the file is empty, expected a JSON object");
    }

    @Test
    void topLevelMustBeAnObject() {
        Path file = TestSchemas.write(dir, "array.json", "[1, 2]");

        assertThatThrownBy(() -> reader.read("array.json", file))
                .hasMessage(file + ":1:1: expected a JSON Schema object at the top, found a JSON array");
    }

    @Test
    void aDraftOlderThan04IsRefusedNamingTheDraft() {
        Path file = TestSchemas.write(dir, "old.json", "{\"$schema\": \"http://json-schema.org/draft-03/schema#\"}");

        assertThatThrownBy(() -> reader.read("old.json", file))
                .hasMessageStartingWith(file + "#/$schema: the schema declares JSON Schema draft-03, which the"
                        + " generator does not read; it reads draft-04, 06, 07, 2019-09 and 2020-12.");
    }

    @Test
    void unreadableFileIsNamed() {
        Path file = dir.resolve("missing.json");

        assertThatThrownBy(() -> reader.read("missing.json", file))
                .hasMessageStartingWith("Cannot read schema " + file + ": ");
    }

    @Test
    void validFileKeepsItsExactBytesAndNames() throws Exception {
        String json = "{ \"type\" : \"object\" }\n";
        Path file = TestSchemas.write(dir, "sub/ok.json", json);

        SchemaFile schema = reader.read("sub/ok.json", file);

        assertThat(new String(schema.content(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(json);
        assertThat(schema.root().get("type").asString()).isEqualTo("object");
        assertThat(schema.relativeDirectory()).isEqualTo("sub");
        assertThat(schema.baseName()).isEqualTo("ok");
    }
}
