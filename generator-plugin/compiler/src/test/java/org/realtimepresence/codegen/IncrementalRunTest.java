// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.codegen.testing.RecordingLog;
import org.realtimepresence.codegen.testing.TestSchemas;

/**
 * Incremental behaviour of {@link SchemaCodegen}: a run with unchanged inputs writes nothing, any
 * change regenerates the whole output, and a failed run never leaves a half-written mix or a cache
 * that claims it succeeded.
 */
class IncrementalRunTest {

    /** A modification time no run could produce, so "untouched" does not depend on clock resolution. */
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

    @TempDir
    Path work;

    private Path schemas;
    private Path target;
    private CodegenRequest request;

    @BeforeEach
    void twoSchemas() {
        schemas = work.resolve("schemas");
        target = work.resolve("target");
        TestSchemas.copyPresenceSchema(schemas);
        TestSchemas.write(
                schemas,
                "extra/note.json",
                "{\"type\": \"object\", \"properties\": {\"text\": {\"type\": \"string\"}}}");
        request = TestSchemas.request(schemas, target, "org.example");
    }

    private CodegenResult run(RecordingLog log) throws CodegenException {
        return new SchemaCodegen().run(request, log);
    }

    @Test
    void secondRunWithNothingChangedWritesNothing() throws Exception {
        run(new RecordingLog());
        Map<String, String> before = tree();
        ageEveryFile();
        RecordingLog log = new RecordingLog();

        CodegenResult result = run(log);

        assertThat(result.upToDate()).isTrue();
        assertThat(result.types()).containsExactly("org.example.extra.Note", "org.example.RealtimePresence");
        assertThat(log.lines()).containsExactly("INFO Types are up to date: 2 types from 2 schemas, nothing written.");
        assertThat(tree()).isEqualTo(before);
        assertThat(modificationTimes())
                .allSatisfy((file, time) -> assertThat(time).as(file).isEqualTo(LONG_AGO));
    }

    @Test
    void aChangedTypeStyleRegeneratesTheOtherShape() throws Exception {
        run(new RecordingLog());
        request = request.withTypeStyle(TypeStyle.BEAN);

        CodegenResult result = run(new RecordingLog());

        assertThat(result.upToDate()).isFalse();
        assertThat(Files.readString(target.resolve("generated-sources/org/example/extra/Note.java")))
                .contains("public class Note", "public String getText()");
    }

    @Test
    void changedSchemaRegenerates() throws Exception {
        run(new RecordingLog());
        TestSchemas.write(
                schemas,
                "extra/note.json",
                "{\"type\": \"object\", \"properties\": {\"text\": {\"type\": \"string\"}, \"pinned\": {\"type\": \"boolean\"}}}");
        RecordingLog log = new RecordingLog();

        CodegenResult result = run(log);

        assertThat(result.upToDate()).isFalse();
        assertThat(log.lines()).last().asString().startsWith("INFO Generated 2 types from 2 schemas in ");
        assertThat(Files.readString(target.resolve("generated-sources/org/example/extra/Note.java")))
                .contains("@JsonProperty(\"pinned\") Boolean pinned");
        assertThat(Files.readString(target.resolve("generated-resources/org/example/extra/note.json")))
                .contains("\"pinned\"");
    }

    @Test
    void changedConfigurationRegenerates() throws Exception {
        run(new RecordingLog());
        request = TestSchemas.request(schemas, target, "org.example", true);

        assertThat(run(new RecordingLog()).upToDate()).isFalse();
    }

    @Test
    void deletedSchemaLosesItsClassAndPackagedSchema() throws Exception {
        run(new RecordingLog());
        Files.delete(schemas.resolve("extra/note.json"));

        CodegenResult result = run(new RecordingLog());

        assertThat(result.types()).containsExactly("org.example.RealtimePresence");
        assertThat(tree())
                .containsOnlyKeys(
                        "generated-sources/org/example/RealtimePresence.java",
                        "generated-sources/org/example/RealtimePresenceJson.java",
                        "generated-resources/org/example/realtime-presence.json");
    }

    @Test
    void deletedOutputIsRegeneratedEvenWhenTheCacheMatches() throws Exception {
        run(new RecordingLog());
        Map<String, String> before = tree();
        deleteTree(target.resolve("generated-sources"));

        assertThat(run(new RecordingLog()).upToDate()).isFalse();
        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void oneDeletedGeneratedFileIsEnoughToRegenerate() throws Exception {
        run(new RecordingLog());
        Map<String, String> before = tree();
        Files.delete(target.resolve("generated-resources/org/example/extra/note.json"));

        assertThat(run(new RecordingLog()).upToDate()).isFalse();
        assertThat(tree()).isEqualTo(before);

        Files.delete(target.resolve("generated-sources/org/example/RealtimePresence.java"));

        assertThat(run(new RecordingLog()).upToDate()).isFalse();
        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void failedGenerationKeepsThePreviousOutputAndLeavesNoCache() throws Exception {
        run(new RecordingLog());
        Map<String, String> before = tree();
        TestSchemas.write(schemas, "extra/Note.json", "{\"type\": \"object\"}"); // same class as extra/note.json

        assertThatThrownBy(() -> run(new RecordingLog())).hasMessageStartingWith("Two schemas generate the same class");

        assertThat(tree()).isEqualTo(before);
        assertThat(request.cacheFile()).doesNotExist();
        assertThat(siblingsOf(target.resolve("generated-sources")))
                .as("no staging directory is left behind")
                .containsExactlyInAnyOrder("generated-sources", "generated-resources", "schema-codegen");
        // The same failing input fails again instead of passing for up to date.
        assertThatThrownBy(() -> run(new RecordingLog())).hasMessageStartingWith("Two schemas generate the same class");

        Files.delete(schemas.resolve("extra/Note.json"));
        assertThat(run(new RecordingLog()).upToDate()).isFalse();
        assertThat(tree()).isEqualTo(before);
        assertThat(request.cacheFile()).exists();
    }

    @Test
    void failedCheckTouchesNeitherOutputNorCache() throws Exception {
        run(new RecordingLog());
        Map<String, String> before = tree();
        String cache = Files.readString(request.cacheFile());
        Path broken = TestSchemas.write(schemas, "broken.json", "{\"type\": ");

        assertThatThrownBy(() -> run(new RecordingLog())).hasMessageStartingWith(broken + ":1:");

        assertThat(tree()).isEqualTo(before);
        assertThat(request.cacheFile()).hasContent(cache);
        Files.delete(broken);
        assertThat(run(new RecordingLog()).upToDate()).isTrue();
    }

    @Test
    void cacheRecordsTheSuccessfulRun() throws Exception {
        assertThat(request.cacheFile()).doesNotExist();

        run(new RecordingLog());

        List<String> lines = Files.readAllLines(request.cacheFile());
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("schema-codegen-cache 2");
        assertThat(lines.get(1)).matches("[0-9a-f]{64}");
        assertThat(lines.subList(2, 4))
                .containsExactly("type org.example.extra.Note", "type org.example.RealtimePresence");
    }

    @Test
    void upToDateRunRepeatsTheWarningsOfTheRunThatGenerated() throws Exception {
        TestSchemas.write(
                schemas,
                "extra/note.json",
                "{\"type\": \"object\", \"properties\": {\"size\": {\"type\": \"integer\", \"minimun\": 1}}}");
        RecordingLog generating = new RecordingLog();
        run(generating);
        String typo = schemas.resolve("extra/note.json") + "#/properties/size/minimun: unknown keyword \"minimun\""
                + " belongs to no draft 2020-12 vocabulary; neither the types nor the validator enforce it.";
        assertThat(generating.at("WARN")).containsExactly(typo);

        RecordingLog first = new RecordingLog();
        RecordingLog second = new RecordingLog();
        assertThat(run(first).upToDate()).isTrue();
        assertThat(run(second).upToDate()).isTrue();

        assertThat(first.lines())
                .containsExactly("INFO Types are up to date: 2 types from 2 schemas, nothing written.", "WARN " + typo);
        assertThat(second.lines()).isEqualTo(first.lines());
    }

    @Test
    void fixingTheTypoEndsTheWarnings() throws Exception {
        TestSchemas.write(schemas, "extra/note.json", "{\"type\": \"object\", \"minimun\": 1}");
        run(new RecordingLog());
        TestSchemas.write(schemas, "extra/note.json", "{\"type\": \"object\", \"minProperties\": 1}");
        run(new RecordingLog());
        RecordingLog log = new RecordingLog();

        assertThat(run(log).upToDate()).isTrue();
        assertThat(log.at("WARN")).isEmpty();
    }

    private Map<String, String> tree() throws IOException {
        Map<String, String> tree = new TreeMap<>();
        for (Path file : outputFiles()) {
            tree.put(target.relativize(file).toString().replace('\\', '/'), Files.readString(file));
        }
        return tree;
    }

    private Map<String, FileTime> modificationTimes() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (Path file : outputFiles()) {
            times.put(file.toString(), Files.getLastModifiedTime(file));
        }
        times.put(request.cacheFile().toString(), Files.getLastModifiedTime(request.cacheFile()));
        return times;
    }

    private void ageEveryFile() throws IOException {
        for (Path file : outputFiles()) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }
        Files.setLastModifiedTime(request.cacheFile(), LONG_AGO);
    }

    private List<Path> outputFiles() throws IOException {
        try (Stream<Path> files =
                Stream.concat(walk(target.resolve("generated-sources")), walk(target.resolve("generated-resources")))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @SuppressWarnings("StreamResourceLeak") // the caller closes the concatenation, which closes both walks
    private static Stream<Path> walk(Path root) throws IOException {
        return Files.exists(root) ? Files.walk(root) : Stream.empty();
    }

    private static List<String> siblingsOf(Path path) throws IOException {
        try (Stream<Path> siblings = Files.list(path.getParent())) {
            return siblings.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
