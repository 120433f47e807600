// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.codegen.testing.RecordingLog;
import org.realtimepresence.codegen.testing.TestSchemas;

/** Run-level errors and warnings say what is wrong and where, and leave no output behind. */
class SchemaCodegenErrorsTest {

    @TempDir
    Path work;

    private final RecordingLog log = new RecordingLog();

    private Path schemas() {
        return work.resolve("schemas");
    }

    private Path target() {
        return work.resolve("target");
    }

    @Test
    void twoSchemasWithTheSameClassNameNameBothFiles() {
        Path upper = TestSchemas.write(schemas(), "Person.json", "{\"type\": \"object\"}");
        Path lower = TestSchemas.write(schemas(), "person.json", "{\"type\": \"object\"}");

        assertThatThrownBy(() -> new SchemaCodegen().run(TestSchemas.request(schemas(), target(), "org.example"), log))
                .isInstanceOf(CodegenException.class)
                .hasMessage("Two schemas generate the same class org.example.Person: " + upper + " and " + lower
                        + ". Rename one of the files, or move it to another directory.");
        assertThat(target().resolve("generated-sources")).doesNotExist();
        assertThat(target().resolve("generated-resources")).doesNotExist();
    }

    @Test
    void aDirectoryThatIsNoJavaPackageNameIsNamedBeforeCompiling() {
        Path schema = TestSchemas.write(schemas(), "class/thing.json", "{\"type\": \"object\"}");

        assertThatThrownBy(() -> new SchemaCodegen().run(TestSchemas.request(schemas(), target(), "org.example"), log))
                .hasMessageStartingWith("The directory of " + schema + " gives the package org.example.class,"
                        + " which is not a valid Java package name");
        assertThat(target().resolve("generated-sources")).doesNotExist();
    }

    @Test
    void aRootTypeIsNeverRenamedBecauseAnInlineTypeTookItsName() {
        TestSchemas.write(
                schemas(),
                "a.json",
                "{\"type\": \"object\", \"properties\": {\"zed\": {\"type\": \"object\", \"properties\": {\"n\": {\"type\": \"string\"}}}}}");
        Path zed = TestSchemas.write(schemas(), "zed.json", "{\"type\": \"object\"}");

        assertThatThrownBy(() -> new SchemaCodegen().run(TestSchemas.request(schemas(), target(), "org.example"), log))
                .hasMessageStartingWith(
                        "The root type of " + zed + " should be org.example.Zed, but a type generated"
                                + " from another schema already has that name, so jsonschema2pojo would call it org.example.Zed__1.");
    }

    @Test
    void overlappingOutputDirectoriesAreRefusedBeforeAnythingIsDeleted() {
        TestSchemas.write(schemas(), "a.json", "{\"type\": \"object\"}");
        CodegenRequest base = TestSchemas.request(schemas(), target(), "org.example");
        CodegenRequest same = new CodegenRequest(
                base.sourceDirectory(),
                base.includes(),
                base.excludes(),
                base.targetPackage(),
                target().resolve("out"),
                target().resolve("out"),
                base.cacheFile(),
                false,
                "v");
        CodegenRequest intoSources = new CodegenRequest(
                base.sourceDirectory(),
                base.includes(),
                base.excludes(),
                base.targetPackage(),
                schemas().resolve("generated"),
                target().resolve("res"),
                base.cacheFile(),
                false,
                "v");

        assertThatThrownBy(() -> new SchemaCodegen().run(same, log)).hasMessageContaining("overlap");
        assertThatThrownBy(() -> new SchemaCodegen().run(intoSources, log))
                .hasMessageContaining("overlaps the schema source directory");
        assertThat(schemas().resolve("a.json")).exists();
    }

    @Test
    void missingSourceDirectoryIsNamed() {
        Path missing = work.resolve("no-such-dir");

        assertThatThrownBy(() -> new SchemaCodegen().run(TestSchemas.request(missing, target(), "org.example"), log))
                .hasMessage("The schema source directory " + missing.toAbsolutePath() + " does not exist or is not a"
                        + " directory. Create it, or point sourceDirectory (property schema-codegen.sourceDirectory)"
                        + " at the directory that holds your schemas.");
    }

    @Test
    void malformedSchemaFailsWithFileLineAndColumnBeforeAnythingIsWritten() {
        Path broken = TestSchemas.write(schemas(), "broken.json", "{\n  \"type\": \"object\",\n  ]\n}\n");

        assertThatThrownBy(() -> new SchemaCodegen().run(TestSchemas.request(schemas(), target(), "org.example"), log))
                .hasMessageStartingWith(broken + ":3:3: malformed schema JSON: ");
        assertThat(target()).doesNotExist();
    }

    @Test
    void unknownKeywordIsAWarningWithItsPointer() throws Exception {
        Path schema = TestSchemas.write(
                schemas(),
                "item.json",
                "{\"type\": \"object\", \"properties\": {\"size\": {\"type\": \"integer\", \"x-unit\": \"cm\"}}}");

        CodegenResult result = new SchemaCodegen().run(TestSchemas.request(schemas(), target(), "org.example"), log);

        assertThat(result.types()).containsExactly("org.example.Item");
        assertThat(log.at("WARN"))
                .containsExactly(schema + "#/properties/size/x-unit: unknown keyword \"x-unit\""
                        + " belongs to no draft 2020-12 vocabulary; neither the types nor the validator enforce it.");
        assertThat(log.at("INFO"))
                .contains("Schema item.json: types express [properties, type];"
                        + " left to the runtime validator [none]; unknown keywords 1; read as draft 2020-12");
    }

    @Test
    void unknownKeywordFailsTheRunWhenAskedAndNothingIsWritten() {
        Path schema = TestSchemas.write(schemas(), "item.json", "{\"type\": \"object\", \"x-a\": 1, \"x-b\": 2}");

        assertThatThrownBy(() ->
                        new SchemaCodegen().run(TestSchemas.request(schemas(), target(), "org.example", true), log))
                .hasMessage(schema + "#/x-a: unknown keyword \"x-a\" belongs to no draft 2020-12 vocabulary;"
                        + " neither the types nor the validator enforce it.\n"
                        + schema + "#/x-b: unknown keyword \"x-b\" belongs to no draft 2020-12 vocabulary;"
                        + " neither the types nor the validator enforce it.\n"
                        + "Remove or rename these keywords, or set failOnUnknownKeywords to false to only warn.");
        assertThat(log.at("WARN")).isEmpty();
        assertThat(target()).doesNotExist();
    }

    @Test
    void remoteReferenceFailsBeforeAnythingIsWritten() {
        TestSchemas.write(schemas(), "a.json", "{\"$ref\": \"https://example.com/a.json\"}");

        assertThatThrownBy(() -> new SchemaCodegen().run(TestSchemas.request(schemas(), target(), "org.example"), log))
                .hasMessageContaining("\"https://example.com/a.json\"")
                .hasMessageContaining("remote references are refused");
        assertThat(target()).doesNotExist();
    }

    @Test
    void noMatchingSchemaWarnsNamingThePatternsAndTheDirectory() throws Exception {
        TestSchemas.write(schemas(), "notes.txt", "not a schema");

        CodegenResult result = new SchemaCodegen().run(TestSchemas.request(schemas(), target(), "org.example"), log);

        assertThat(result.types()).isEmpty();
        assertThat(log.at("WARN"))
                .containsExactly(
                        "No schema matched [**/*.json] in " + schemas() + "; the generated outputs are emptied.");
    }
}
