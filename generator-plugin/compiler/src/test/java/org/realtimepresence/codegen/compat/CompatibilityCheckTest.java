// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.testing.RecordingLog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CompatibilityCheckTest {

    private static final String CLOSED = "{\"type\":\"object\",\"properties\":{\"clientId\":{\"type\":\"string\"}},"
            + "\"required\":[\"clientId\"],\"additionalProperties\":false}";
    private static final String CLOSED_PLUS_OPTIONAL = "{\"type\":\"object\",\"properties\":{\"clientId\":"
            + "{\"type\":\"string\"},\"status\":{\"type\":\"string\"}},\"required\":[\"clientId\"],"
            + "\"additionalProperties\":false}";

    @TempDir
    Path temp;

    private Path source;
    private Path baseline;
    private Path report;
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void directories() throws IOException {
        source = Files.createDirectories(temp.resolve("schemas"));
        baseline = Files.createDirectories(temp.resolve("baseline"));
        report = temp.resolve("target/schema-codegen/compatibility-report.json");
    }

    @Test
    void anOptionalPropertyInAClosedObjectFailsFullAndForwardButPassesBackward() throws Exception {
        write(baseline, "sub/presence.json", CLOSED);
        write(source, "sub/presence.json", CLOSED_PLUS_OPTIONAL);

        assertThatThrownBy(() -> run(CompatibilityMode.FULL, true))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("FAILED: 1 break FULL compatibility")
                .hasMessageContaining(report.toString());
        assertThatThrownBy(() -> run(CompatibilityMode.FORWARD, true)).isInstanceOf(CodegenException.class);
        CompatibilityReport passed = run(CompatibilityMode.BACKWARD, true);

        assertThat(passed.breaking()).isEmpty();
        assertThat(log.lines())
                .contains("WARN FORWARD-INCOMPATIBLE sub/presence.json#/properties/status: property \"status\""
                        + " is added to a closed object (additionalProperties false), so old readers reject new records that"
                        + " carry it.");
        JsonNode json = JsonMapper.builder().build().readTree(report.toFile());
        assertThat(json.get("passed").asBoolean()).isTrue();
        assertThat(json.get("compatibility").asString()).isEqualTo("BACKWARD");
        assertThat(json.get("differences").get(0).get("pointer").asString()).isEqualTo("/properties/status");
        assertThat(json.get("differences").get(0).get("direction").asString()).isEqualTo("FORWARD-INCOMPATIBLE");
        assertThat(json.get("summary").asString()).isEqualTo(passed.summaryLine());
    }

    @Test
    void anUnchangedReferenceToAnUnchangedFileNeedsNoProof() throws Exception {
        String main = "{\"type\": \"object\", \"properties\": {\"place\": {\"$ref\": \"common/place.json\"}},"
                + " \"additionalProperties\": false}";
        String place = "{\"type\": \"object\", \"properties\": {\"name\": {\"$ref\": \"names.json#/$defs/name\"}}}";
        String names = "{\"$defs\": {\"name\": {\"type\": \"string\"}}}";
        for (Path side : List.of(baseline, source)) {
            write(side, "main.json", main);
            write(side, "common/place.json", place);
            write(side, "common/names.json", names);
        }

        CompatibilityReport unchanged = run(CompatibilityMode.FULL, true);

        assertThat(unchanged.differences()).isEmpty();
    }

    @Test
    void aReferenceIntoAChangedFileStillCannotBeProven() throws Exception {
        String main = "{\"type\": \"object\", \"properties\": {\"place\": {\"$ref\": \"common/place.json\"}}}";
        write(baseline, "main.json", main);
        write(source, "main.json", main);
        write(baseline, "common/place.json", "{\"type\": \"object\"}");
        write(source, "common/place.json", "{\"type\": \"string\"}");

        assertThatThrownBy(() -> run(CompatibilityMode.FULL, true)).isInstanceOf(CodegenException.class);
        assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                .contains("main.json#/properties/place/$ref")
                .contains("cannot be followed"));
    }

    @Test
    void noneOnlyReports() throws Exception {
        write(baseline, "presence.json", CLOSED_PLUS_OPTIONAL);
        write(source, "presence.json", CLOSED);

        CompatibilityReport result = run(CompatibilityMode.NONE, true);

        assertThat(result.differences())
                .extracting(Difference::direction)
                .containsExactly(Direction.BACKWARD_INCOMPATIBLE);
        assertThat(result.breaking()).isEmpty();
        assertThat(log.lines())
                .last()
                .asString()
                .startsWith("INFO Schema compatibility NONE")
                .contains("PASSED");
    }

    @Test
    void undecidableBreaksUnlessAllowed() throws Exception {
        write(baseline, "presence.json", "{\"anyOf\":[{\"type\":\"string\"}]}");
        write(source, "presence.json", "{\"anyOf\":[{\"type\":\"integer\"}]}");

        assertThatThrownBy(() -> run(CompatibilityMode.FULL, true)).hasMessageContaining("2 undecidable");
        assertThat(run(CompatibilityMode.FULL, false).breaking()).isEmpty();
    }

    @Test
    void newAndRemovedSchemaFilesAreReported() throws Exception {
        write(baseline, "gone.json", CLOSED);
        write(source, "added.json", CLOSED);

        CompatibilityReport result = run(CompatibilityMode.FORWARD, true);

        assertThat(result.differences())
                .extracting(Difference::file, Difference::direction)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("added.json", Direction.COMPATIBLE),
                        org.assertj.core.groups.Tuple.tuple("gone.json", Direction.BACKWARD_INCOMPATIBLE));
    }

    @Test
    void aMissingBaselineFailsWithWhatToDoOrOnlyWarnsWhenAllowed() throws Exception {
        write(source, "presence.json", CLOSED);
        Baseline missing = new Baseline.Directory(temp.resolve("nowhere"));

        assertThatThrownBy(
                        () -> new CompatibilityCheck().run(request(missing, CompatibilityMode.FULL, true, true), log))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("No baseline to check schema compatibility against: the baseline directory")
                .hasMessageContaining("nowhere does not exist")
                .hasMessageContaining("failOnMissingBaseline");
        CompatibilityReport skipped =
                new CompatibilityCheck().run(request(missing, CompatibilityMode.FULL, false, true), log);

        assertThat(skipped.differences()).isEmpty();
        assertThat(log.lines())
                .anySatisfy(
                        line -> assertThat(line).startsWith("WARN No baseline").contains("skipped"));
        assertThat(report).exists();
    }

    @Test
    void aJarBaselineIsReadBelowItsTargetPackage() throws Exception {
        Path jar = temp.resolve("model-1.0.0.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            entry(zip, "com/example/model/sub/presence.json", CLOSED);
            entry(zip, "com/example/model/Presence.class", "not a schema");
            entry(zip, "other/presence.json", "{}");
        }
        write(source, "sub/presence.json", CLOSED_PLUS_OPTIONAL);
        Baseline fromJar = new Baseline.Jar(jar, "com.example:model:1.0.0", "com.example.model");

        assertThatThrownBy(
                        () -> new CompatibilityCheck().run(request(fromJar, CompatibilityMode.FULL, true, true), log))
                .hasMessageContaining("against artifact com.example:model:1.0.0")
                .hasMessageContaining("1 break");
        Baseline wrongPackage = new Baseline.Jar(jar, "com.example:model:1.0.0", "com.example.other");
        assertThatThrownBy(() ->
                        new CompatibilityCheck().run(request(wrongPackage, CompatibilityMode.FULL, true, true), log))
                .hasMessageContaining("has no com/example/other/ directory")
                .hasMessageContaining("targetPackage");
    }

    @Test
    void aBrokenBaselineSchemaNamesFileLineAndColumn() throws Exception {
        write(baseline, "presence.json", "{\n  \"type\": \"object\",\n  \"type\": \"string\"\n}");
        write(source, "presence.json", CLOSED);

        assertThatThrownBy(() -> run(CompatibilityMode.FULL, true))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining(baseline.resolve("presence.json") + ":3:");
    }

    @Test
    void modesAreParsedStrictly() throws Exception {
        assertThat(CompatibilityMode.parse("backward")).isEqualTo(CompatibilityMode.BACKWARD);
        assertThat(CompatibilityMode.parse(" FULL ")).isEqualTo(CompatibilityMode.FULL);
        assertThatThrownBy(() -> CompatibilityMode.parse("TRANSITIVE"))
                .hasMessageContaining("compatibility \"TRANSITIVE\" is not a compatibility mode")
                .hasMessageContaining("[BACKWARD, FORWARD, FULL, NONE]");
        assertThat(CompatibilityMode.FULL.enforces(Direction.FORWARD_INCOMPATIBLE))
                .isTrue();
        assertThat(CompatibilityMode.BACKWARD.enforces(Direction.FORWARD_INCOMPATIBLE))
                .isFalse();
        assertThat(CompatibilityMode.NONE.enforces(Direction.BACKWARD_INCOMPATIBLE))
                .isFalse();
    }

    private CompatibilityReport run(CompatibilityMode mode, boolean failOnUndecidable) throws CodegenException {
        return new CompatibilityCheck()
                .run(request(new Baseline.Directory(baseline), mode, true, failOnUndecidable), log);
    }

    private CompatibilityRequest request(
            Baseline from, CompatibilityMode mode, boolean failOnMissing, boolean failOnUndecidable) {
        return new CompatibilityRequest(
                source, List.of("**/*.json"), List.of(), from, mode, failOnMissing, failOnUndecidable, report);
    }

    private static void write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
