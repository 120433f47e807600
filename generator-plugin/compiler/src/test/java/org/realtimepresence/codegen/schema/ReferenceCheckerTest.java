// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.testing.TestSchemas;

/** A {@code $ref} that cannot be used fails naming the reference, its file and its JSON Pointer. */
class ReferenceCheckerTest {

    @TempDir
    Path dir;

    private final SchemaReader reader = new SchemaReader();

    private SchemaFile schema(String name, String json) throws CodegenException {
        return reader.read(name, TestSchemas.write(dir, name, json));
    }

    private void check(SchemaFile... schemas) throws CodegenException {
        new ReferenceChecker(dir, reader).check(List.of(schemas));
    }

    @Test
    void httpsReferenceIsRefusedNamingIt() throws Exception {
        SchemaFile schema = schema("a.json", "{\"properties\": {\"x\": {\"$ref\": \"https://example.com/x.json\"}}}");

        assertThatThrownBy(() -> check(schema))
                .isInstanceOf(CodegenException.class)
                .hasMessageStartingWith(
                        "Refused $ref \"https://example.com/x.json\" in " + schema.path()
                                + " at #/properties/x/$ref: remote references are refused; the build never reaches the network.");
    }

    @Test
    void httpReferenceIsRefusedWhateverItsCase() throws Exception {
        SchemaFile schema = schema("a.json", "{\"$defs\": {\"x\": {\"$ref\": \"HTTP://example.com/x.json#/a\"}}}");

        assertThatThrownBy(() -> check(schema))
                .hasMessageStartingWith("Refused $ref \"HTTP://example.com/x.json#/a\" in " + schema.path())
                .hasMessageContaining("at #/$defs/x/$ref: remote references are refused");
    }

    @Test
    void otherSchemesAreRefused() throws Exception {
        SchemaFile schema = schema("a.json", "{\"$ref\": \"file:///etc/x.json\"}");

        assertThatThrownBy(() -> check(schema))
                .hasMessage("Refused $ref \"file:///etc/x.json\" in " + schema.path()
                        + " at #/$ref: only relative references are supported, not the 'file' scheme");
    }

    @Test
    void missingFileIsReportedWithReferenceAndFile() throws Exception {
        SchemaFile schema = schema("a.json", "{\"items\": {\"$ref\": \"common/missing.json\"}}");

        assertThatThrownBy(() -> check(schema))
                .hasMessage("Unresolved $ref \"common/missing.json\" in " + schema.path()
                        + " at #/items/$ref: no such file: "
                        + dir.toAbsolutePath().normalize().resolve("common/missing.json"));
    }

    @Test
    void missingFragmentIsReportedWithReferenceAndBothFiles() throws Exception {
        SchemaFile target = schema("b.json", "{\"$defs\": {\"present\": {\"type\": \"string\"}}}");
        SchemaFile schema = schema("a.json", "{\"properties\": {\"p\": {\"$ref\": \"b.json#/$defs/absent\"}}}");

        assertThatThrownBy(() -> check(schema))
                .hasMessage("Unresolved $ref \"b.json#/$defs/absent\" in " + schema.path()
                        + " at #/properties/p/$ref: the fragment #/$defs/absent does not exist in "
                        + target.path().toAbsolutePath().normalize());
    }

    @Test
    void missingLocalFragmentAndAnchorAreReported() throws Exception {
        SchemaFile pointer = schema("a.json", "{\"$ref\": \"#/$defs/nope\"}");
        SchemaFile anchor = schema("b.json", "{\"$defs\": {\"x\": {\"$anchor\": \"here\"}}, \"$ref\": \"#there\"}");

        assertThatThrownBy(() -> check(pointer))
                .hasMessageContaining("the fragment #/$defs/nope does not exist in " + pointer.path());
        assertThatThrownBy(() -> check(anchor))
                .hasMessageContaining("\"#there\"")
                .hasMessageContaining("no $anchor \"there\" exists in " + anchor.path());
    }

    @Test
    void anExistingAnchorIsRefusedBecauseTheGeneratorCannotFollowIt() throws Exception {
        SchemaFile anchor = schema("b.json", "{\"$defs\": {\"x\": {\"$anchor\": \"here\"}}, \"$ref\": \"#here\"}");

        assertThatThrownBy(() -> check(anchor))
                .hasMessageStartingWith("Refused $ref \"#here\" in " + anchor.path())
                .hasMessageContaining("refer to the schema by a JSON Pointer such as #/$defs/here");
    }

    @Test
    void aPlusInAFileNameIsAPlusNotASpace() throws Exception {
        schema("a+b.json", "{\"type\": \"string\"}");
        SchemaFile schema = schema("main.json", "{\"properties\": {\"x\": {\"$ref\": \"a+b.json\"}}}");

        assertThat(new ReferenceChecker(dir, reader).check(List.of(schema))).containsOnlyKeys("main.json", "a+b.json");
    }

    @Test
    void aReferenceNoPathCanHoldStillNamesFileAndPointer() throws Exception {
        SchemaFile schema = schema("a.json", "{\"properties\": {\"x\": {\"$ref\": \"b%00.json\"}}}");

        assertThatThrownBy(() -> check(schema))
                .hasMessageStartingWith(
                        "Unresolved $ref \"b%00.json\" in " + schema.path() + " at #/properties/x/$ref: ")
                .hasMessageNotContaining("\u0000");
    }

    @Test
    void aRemoteReferenceUnderJsonschema2pojosExtendsIsRefusedToo() throws Exception {
        SchemaFile schema = schema("a.json", "{\"extends\": {\"$ref\": \"https://example.invalid/base.json\"}}");

        assertThatThrownBy(() -> check(schema))
                .hasMessageStartingWith("Refused $ref \"https://example.invalid/base.json\"");
    }

    @Test
    void referenceOutsideTheSourceDirectoryIsRefused() throws Exception {
        TestSchemas.write(dir.getParent(), "outside-" + dir.getFileName() + ".json", "{}");
        SchemaFile schema = schema("a.json", "{\"$ref\": \"../outside-" + dir.getFileName() + ".json\"}");

        assertThatThrownBy(() -> check(schema))
                .hasMessageStartingWith("Refused $ref \"../outside-" + dir.getFileName() + ".json\" in " + schema.path()
                        + " at #/$ref: it points outside the source directory " + dir);
    }

    @Test
    void nonStringReferenceIsReported() throws Exception {
        SchemaFile schema = schema("a.json", "{\"$ref\": 42}");

        assertThatThrownBy(() -> check(schema))
                .hasMessage("Unresolved $ref \"42\" in " + schema.path() + " at #/$ref: $ref must be a string");
    }

    @Test
    void resolvingReferencesAddsTheReferencedFilesTransitively() throws Exception {
        schema("common/c.json", "{\"$defs\": {\"id\": {\"type\": \"string\"}}}");
        schema("common/b.json", "{\"properties\": {\"c\": {\"$ref\": \"c.json#/$defs/id\"}}}");
        SchemaFile a = schema(
                "a.json",
                "{\"properties\": {\"b\": {\"$ref\": \"common/b.json\"},"
                        + " \"self\": {\"$ref\": \"#\"}, \"d\": {\"$ref\": \"common/c.json#/$defs/id\"}}}");

        assertThat(new ReferenceChecker(dir, reader).check(List.of(a)))
                .containsOnlyKeys("a.json", "common/b.json", "common/c.json");
    }
}
