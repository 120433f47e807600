// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.codegen.testing.GoldenFiles;
import org.realtimepresence.codegen.testing.TestSchemas;

/**
 * Pins the exact source generated from (a test copy of) the presence schema, so that "correct but
 * weird" output is caught in review, and checks that generation is deterministic.
 *
 * <p>After an intended change to the generator, refresh the golden file with
 * {@code mvn -pl generator-plugin/compiler -am test -Dtest=GoldenOutputTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.update=true}, review the diff and run the test again without the property. A run that
 * rewrites the golden file fails, so an update is never mistaken for a pass.
 */
class GoldenOutputTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/RealtimePresence.java");
    private static final Path GOLDEN_BEAN = Path.of("src/test/resources/golden/bean/RealtimePresence.java");

    @TempDir
    Path work;

    @Test
    void theRecordMatchesTheGoldenFileByteForByte() throws Exception {
        GoldenFiles.assertMatches(generatePresence(TypeStyle.RECORD), GOLDEN);
    }

    @Test
    void theBeanStyleMatchesItsGoldenFileByteForByte() throws Exception {
        GoldenFiles.assertMatches(generatePresence(TypeStyle.BEAN), GOLDEN_BEAN);
    }

    /** The presence type generated in {@code style} from the test copy of the schema. */
    private Path generatePresence(TypeStyle style) throws CodegenException {
        Path schemas = work.resolve("schemas");
        TestSchemas.copyPresenceSchema(schemas);
        Path target = work.resolve("target");
        new SchemaCodegen()
                .run(
                        TestSchemas.request(schemas, target, "org.realtimepresence.model")
                                .withTypeStyle(style),
                        CodegenLog.silent());
        return target.resolve("generated-sources/org/realtimepresence/model/RealtimePresence.java");
    }

    @Test
    void twoRunsGiveByteIdenticalTrees() throws Exception {
        Path schemas = work.resolve("schemas");
        TestSchemas.copyPresenceSchema(schemas);
        TestSchemas.copyResource("meeting.json", schemas, "meeting.json");
        TestSchemas.copyResource("common/place.json", schemas, "common/place.json");

        Map<String, String> first = runInto(schemas, work.resolve("first"));
        Map<String, String> second = runInto(schemas, work.resolve("second"));

        assertThat(first)
                .containsKeys(
                        "generated-sources/org/example/Meeting.java",
                        "generated-resources/org/example/common/place.json",
                        "generated-resources/org/example/realtime-presence.json");
        assertThat(second).isEqualTo(first);
    }

    /** Every output file below {@code target}, by relative path, with its content. */
    private static Map<String, String> runInto(Path schemas, Path target) throws Exception {
        new SchemaCodegen().run(TestSchemas.request(schemas, target, "org.example"), CodegenLog.silent());
        Map<String, String> tree = new TreeMap<>();
        for (String root : new String[] {"generated-sources", "generated-resources"}) {
            try (Stream<Path> files = Files.walk(target.resolve(root))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    tree.put(target.relativize(file).toString().replace('\\', '/'), read(file));
                }
            }
        }
        return tree;
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
