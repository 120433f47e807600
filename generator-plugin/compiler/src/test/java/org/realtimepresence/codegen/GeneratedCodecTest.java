// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.codegen.testing.CompiledTypes;
import org.realtimepresence.codegen.testing.GoldenFiles;
import org.realtimepresence.codegen.testing.TestSchemas;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.Decoded;
import org.realtimepresence.runtime.InvalidDocumentException;
import org.realtimepresence.runtime.SchemaCodec;
import org.realtimepresence.runtime.Violation;

/**
 * The {@code XJson} codec class written beside every root type: pinned by a golden file, compiled strictly, and
 * used through its static methods in a class loader of its own, which alone holds the packaged schema (so the
 * schema must be found through the generated type's class loader).
 *
 * <p>After an intended change, refresh the golden file with
 * {@code mvn -pl generator-plugin/compiler -am test -Dtest=GeneratedCodecTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.update=true}, review the diff and run the test again without the property (the updating run fails).
 */
class GeneratedCodecTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/MeetingJson.java");

    private static final String VALID =
            "{\"id\":\"m-1\",\"status\":\"on hold\",\"startsAt\":\"2025-01-31T09:00:00+05:30\","
                    + "\"place\":{\"name\":\"Atrium\",\"capacity\":40},\"attendees\":[\"ann\"]}";

    @TempDir
    Path work;

    @Test
    void theCodecClassMatchesTheGoldenFileByteForByte() throws Exception {
        copyMeetingSchemas();
        Path target = work.resolve("target");
        new SchemaCodegen()
                .run(TestSchemas.request(work.resolve("schemas"), target, "org.example"), CodegenLog.silent());
        Path generated = target.resolve("generated-sources/org/example/MeetingJson.java");

        GoldenFiles.assertMatches(generated, GOLDEN);
        assertThat(target.resolve("generated-sources/org/example/common/PlaceJson.java"))
                .isRegularFile();
    }

    @Test
    void readsValidatesAndWritesThroughTheGeneratedStaticMethods() throws Throwable {
        copyMeetingSchemas();
        try (CompiledTypes compiled = compiledWithResources()) {
            Class<?> meetingJson = compiled.load("org.example.MeetingJson");
            Class<?> meeting = compiled.load("org.example.Meeting");
            assertThat(Modifier.isFinal(meetingJson.getModifiers())).isTrue();
            assertThat(meetingJson.getPackageName()).isEqualTo(meeting.getPackageName());

            Object record = call(meetingJson, "read", String.class, VALID);
            assertThat(record).isInstanceOf(meeting);
            assertThat(call(meetingJson, "write", meeting, record)).isEqualTo(VALID);
            assertThat(call(meetingJson, "read", byte[].class, VALID.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(record);
            assertThat(call(meetingJson, "read", InputStream.class, utf8(VALID)))
                    .isEqualTo(record);
            assertThat(call(meetingJson, "validate", meeting, record)).isEqualTo(List.of());

            String invalid =
                    "{\"id\":\"m-1\",\"status\":\"late\",\"place\":{\"name\":\"A\",\"capacity\":\"40\"},\"x\":1}";
            assertThat(violations(call(meetingJson, "validate", String.class, invalid)))
                    .containsExactly("/place/capacity type", "/status enum", "/x additionalProperties");
            assertThat(call(meetingJson, "validate", byte[].class, invalid.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(call(meetingJson, "validate", String.class, invalid));
            assertThatThrownBy(() -> call(meetingJson, "read", String.class, invalid))
                    .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.violations())
                            .hasSize(3))
                    .hasMessageStartingWith("Invalid Meeting: 3 violations: /place/capacity [type]");

            List<?> lines = ((Stream<?>)
                            call(meetingJson, "lines", InputStream.class, utf8(VALID + "\n{oops\n" + VALID + "\n")))
                    .toList();
            assertThat(lines).extracting(line -> ((Decoded<?>) line).line()).containsExactly(1L, 2L, 3L);
            assertThat(lines).extracting(line -> ((Decoded<?>) line).valid()).containsExactly(true, false, true);

            SchemaCodec<?> standard = (SchemaCodec<?>) call(meetingJson, "codec");
            assertThat(standard.type()).isEqualTo(meeting);
            assertThat(call(meetingJson, "codec")).isSameAs(standard);
            SchemaCodec<?> small = (SchemaCodec<?>)
                    call(meetingJson, "withLimits", CodecLimits.class, CodecLimits.DEFAULTS.withMaxDocumentBytes(20));
            assertThat(violations(small.validate(VALID))).containsExactly(" limit");
        }
    }

    @Test
    void aMissingSchemaResourceNamesTheTypeAndTheResource() throws Exception {
        copyMeetingSchemas();
        try (CompiledTypes compiled = CompiledTypes.of(work, "org.example")) {
            Class<?> meetingJson = compiled.load("org.example.MeetingJson");

            assertThatThrownBy(() -> call(meetingJson, "read", String.class, VALID))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("org.example.Meeting")
                    .hasMessageContaining("org/example/meeting.json");
        }
    }

    @Test
    void aCodecNameThatASchemaTypeHasIsRefusedNamingBoth() {
        Path schemas = work.resolve("schemas");
        TestSchemas.write(schemas, "order.json", "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}");
        TestSchemas.write(
                schemas, "orderJson.json", "{\"type\":\"object\",\"properties\":{\"raw\":{\"type\":\"string\"}}}");
        CodegenRequest request = TestSchemas.request(schemas, work.resolve("target"), "org.example");

        assertThatThrownBy(() -> new SchemaCodegen().run(request, CodegenLog.silent()))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("The codec class org.example.OrderJson for org.example.Order (from order.json)")
                .hasMessageContaining("the root type of orderJson.json")
                .hasMessageContaining("generateCodec");
    }

    @Test
    void generateCodecFalseWritesTypesOnlyAndIsPartOfTheFingerprint() throws Exception {
        copyMeetingSchemas();
        Path target = work.resolve("target");
        CodegenRequest withCodec = TestSchemas.request(work.resolve("schemas"), target, "org.example");
        Path codec = target.resolve("generated-sources/org/example/MeetingJson.java");
        new SchemaCodegen().run(withCodec, CodegenLog.silent());
        assertThat(codec).isRegularFile();

        CodegenResult without = new SchemaCodegen().run(withCodec.withGenerateCodec(false), CodegenLog.silent());

        assertThat(without.upToDate()).isFalse();
        assertThat(codec).doesNotExist();
        assertThat(target.resolve("generated-sources/org/example/Meeting.java")).isRegularFile();
        assertThat(new SchemaCodegen()
                        .run(withCodec.withGenerateCodec(false), CodegenLog.silent())
                        .upToDate())
                .isTrue();
    }

    @Test
    void aDeletedCodecClassIsWrittenAgain() throws Exception {
        copyMeetingSchemas();
        CodegenRequest request = TestSchemas.request(work.resolve("schemas"), work.resolve("target"), "org.example");
        new SchemaCodegen().run(request, CodegenLog.silent());
        Path codec = work.resolve("target/generated-sources/org/example/MeetingJson.java");
        Files.delete(codec);

        assertThat(new SchemaCodegen().run(request, CodegenLog.silent()).upToDate())
                .isFalse();
        assertThat(codec).isRegularFile();
    }

    private void copyMeetingSchemas() {
        Path schemas = work.resolve("schemas");
        TestSchemas.copyResource("meeting.json", schemas, "meeting.json");
        TestSchemas.copyResource("common/place.json", schemas, "common/place.json");
    }

    /** Compiles the generated sources and puts the packaged schemas beside the classes, as a jar would hold them. */
    private CompiledTypes compiledWithResources() throws Exception {
        CompiledTypes compiled = CompiledTypes.of(work, "org.example");
        Path resources = compiled.target().resolve("generated-resources");
        Path classes = compiled.target().resolve("classes");
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = classes.resolve(resources.relativize(file));
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return compiled;
    }

    private static Object call(Class<?> codec, String method, Class<?> parameter, Object argument) throws Throwable {
        return invoke(codec.getMethod(method, parameter), argument);
    }

    private static Object call(Class<?> codec, String method) throws Throwable {
        return invoke(codec.getMethod(method));
    }

    private static Object invoke(Method method, Object... arguments) throws Throwable {
        assertThat(Modifier.isStatic(method.getModifiers()))
                .as("%s is static", method)
                .isTrue();
        try {
            return method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static List<String> violations(Object list) {
        return ((List<?>) list)
                .stream()
                        .map(v -> ((Violation) v).pointer() + " " + ((Violation) v).keyword())
                        .toList();
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
