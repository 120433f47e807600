// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.realtimepresence.codegen.testing.RecordingLog;
import org.realtimepresence.codegen.testing.TestSchemas;

/**
 * Coverage-guided fuzzing of the generator's schema reading: whatever bytes a schema file holds, a run either
 * generates, or fails with a {@link CodegenException} whose message names the file (with a line and column, or
 * a JSON Pointer); never another exception, which Maven would show as a stack trace.
 *
 * <p>{@code mvn verify} replays {@code src/test/resources/org/realtimepresence/codegen/SchemaReaderFuzzTestInputs};
 * the README says how to fuzz for longer.
 */
class SchemaReaderFuzzTest {

    @FuzzTest
    void schemaGeneratesOrNamesWhereItIsWrong(byte[] schema) throws IOException {
        Path work = Files.createTempDirectory("schema-fuzz");
        try {
            Path file = work.resolve("schemas").resolve("fuzzed.json");
            Files.createDirectories(file.getParent());
            Files.write(file, schema);
            try {
                new SchemaCodegen()
                        .run(
                                TestSchemas.request(
                                        work.resolve("schemas"), work.resolve("target"), "org.example.fuzz"),
                                new RecordingLog());
            } catch (CodegenException e) {
                assertThat(e.getMessage()).as("the message of %s", e).contains(file.toString());
            }
        } finally {
            delete(work);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
